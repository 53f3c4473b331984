using SkillMap.Web.Data;
using SkillMap.Web.Data.Backup;

namespace SkillMap.Web.Cli;

/// <summary><c>restore --from FILE</c>: puts a checked backup in place of the SQLite database while SkillMap is stopped.</summary>
public sealed class RestoreVerb : ICliVerb
{
    public string Name => "restore";

    public string Usage => "SkillMap.Web restore --from FILE   (stop SkillMap first)";

    public Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var from = CliArguments.Single(args, Name, "--from");
        var db = services.GetRequiredService<Db>();
        var restored = SqliteBackup.Restore(db, from, services.GetRequiredService<TimeProvider>());
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("SkillMap.Cli");
        logger.LogInformation("Restored {File} (schema {Schema}, integrity ok) into {Database}", restored.Backup.Path, restored.Backup.Schema, db.SqlitePath);
        if (restored.Backup.Pending.Count > 0)
        {
            logger.LogInformation("{Count} newer schema script(s) will be applied on the next start: {Scripts}",
                restored.Backup.Pending.Count, string.Join(", ", restored.Backup.Pending));
        }
        if (restored.Replaced is not null)
        {
            logger.LogInformation("The database it replaced is kept as {Replaced}", restored.Replaced);
        }
        logger.LogWarning("People erased after this backup was taken are back in it: erase them again (the audit log lists erasures)");
        return Task.FromResult(CliVerbs.Ok);
    }
}
