using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Plans.Export;

namespace SkillMap.Web.Cli;

/// <summary>
/// <c>export training-plans --round R --format csv|xlsx|json|md [--team T] [--lang ja|en] --out FILE</c>:
/// a round's plans for HR systems and scheduled jobs, streamed row by row into the file.
/// </summary>
public sealed class ExportVerb : ICliVerb
{
    public string Name => "export";

    public string Usage => "dotnet run --project src/SkillMap.Web -- export training-plans --round R --format csv|xlsx|json|md [--team T] [--lang ja|en] --out FILE";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "training-plans")
        {
            throw new CliUsageException($"export knows one thing to export: training-plans (got '{(args.Count > 0 ? args[0] : "")}').");
        }
        var options = Options(args.Skip(1).ToList());
        var round = Id(options, "--round") ?? throw new CliUsageException("--round is required.");
        var team = Id(options, "--team");
        if (!options.TryGetValue("--format", out var formatText) || !PlanExporter.TryParseFormat(formatText, out var format))
        {
            throw new CliUsageException("--format must be csv, xlsx, json or md.");
        }
        var configuration = services.GetRequiredService<IConfiguration>();
        var language = options.GetValueOrDefault("--lang") ?? (configuration["Organization:DefaultLanguage"] is "en" ? "en" : "ja");
        if (language is not ("ja" or "en"))
        {
            throw new CliUsageException("--lang must be ja or en.");
        }
        var output = options.GetValueOrDefault("--out") ?? throw new CliUsageException("--out FILE is required.");

        var db = services.GetRequiredService<Db>();
        if (db.SqlitePath is not null)
        {
            await SqliteEngineCheck.EnsureSupportedAsync(db);
        }
        var query = services.GetRequiredService<PlanExportQuery>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("SkillMap.Cli");
        if (!await query.RoundExistsAsync(round, cancellationToken))
        {
            logger.LogError("Round {Round} does not exist or is not closed", round);
            return CliVerbs.Failed;
        }
        if (team is { } teamId && !await query.TeamExistsAsync(teamId, cancellationToken))
        {
            logger.LogError("Team {Team} does not exist", teamId);
            return CliVerbs.Failed;
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        var scope = new ExportScope(round, TeamId: team);
        var full = Path.GetFullPath(output);
        var partial = full + ".partial";
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            await services.GetRequiredService<PlanExporter>().WriteAsync(scope, format, language, file, cancellationToken);
        }
        File.Move(partial, full, overwrite: true);
        await services.GetRequiredService<AuditLog>().RecordAsync(PlanExporter.AuditEntry(scope, format, null, " (command line)"), cancellationToken);
        logger.LogInformation("Wrote training plans of round {Round} to {File}", round, full);
        return CliVerbs.Ok;
    }

    private static Dictionary<string, string> Options(List<string> args)
    {
        var known = new[] { "--round", "--format", "--team", "--lang", "--out" };
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!known.Contains(args[i]))
            {
                throw new CliUsageException($"unknown option '{args[i]}'.");
            }
            if (i + 1 >= args.Count)
            {
                throw new CliUsageException($"{args[i]} needs a value.");
            }
            options[args[i]] = args[++i];
        }
        return options;
    }

    private static int? Id(Dictionary<string, string> options, string name) =>
        !options.TryGetValue(name, out var text) ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id
        : throw new CliUsageException($"{name} must be a positive integer id (got '{text}').");
}
