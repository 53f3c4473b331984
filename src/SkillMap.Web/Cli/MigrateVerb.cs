using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;

namespace SkillMap.Web.Cli;

/// <summary><c>migrate</c>: applies pending schema scripts and exits.</summary>
public sealed class MigrateVerb : ICliVerb
{
    public string Name => "migrate";

    public string Usage => "dotnet run --project src/SkillMap.Web -- migrate";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            throw new CliUsageException($"migrate takes no arguments (got '{args[0]}').");
        }
        var db = services.GetRequiredService<Db>();
        if (db.SqlitePath is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await SqliteEngineCheck.EnsureSupportedAsync(db);
        }
        var ran = await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("SkillMap.Cli");
        logger.LogInformation("Applied {Count} migration script(s): {Scripts}", ran.Count, string.Join(", ", ran));
        return CliVerbs.Ok;
    }
}
