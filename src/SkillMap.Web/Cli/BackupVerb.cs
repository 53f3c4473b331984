using SkillMap.Web.Data;
using SkillMap.Web.Data.Backup;

namespace SkillMap.Web.Cli;

/// <summary><c>backup --to FILE</c>: a consistent copy of the SQLite database, taken while SkillMap serves.</summary>
public sealed class BackupVerb : ICliVerb
{
    public string Name => "backup";

    public string Usage => "SkillMap.Web backup --to FILE";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var to = CliArguments.Single(args, Name, "--to");
        var db = services.GetRequiredService<Db>();
        var backup = await SqliteBackup.BackupAsync(db, to, cancellationToken);
        services.GetRequiredService<ILoggerFactory>().CreateLogger("SkillMap.Cli").LogInformation(
            "Backed up {Database} to {File} ({Bytes} bytes, schema {Schema}, integrity ok)",
            db.SqlitePath, backup.Path, new FileInfo(backup.Path).Length, backup.Schema);
        return CliVerbs.Ok;
    }
}
