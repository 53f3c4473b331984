using System.Globalization;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Features.Synthetic;

namespace SkillMap.Web.Cli;

/// <summary>
/// <c>seed-synthetic --people N --rounds R [--seed S] [--open-round]</c>: migrates, then fills an empty
/// database with a synthetic organisation and closed rounds; <c>--open-round</c> adds one open round
/// with every sheet created and nothing answered yet (what the HTTP benchmark answers).
/// </summary>
public sealed class SeedSyntheticVerb : ICliVerb
{
    public string Name => "seed-synthetic";

    public string Usage => "dotnet run --project src/SkillMap.Web -- seed-synthetic --people N --rounds R [--seed S] [--open-round]";

    /// <summary>Closing rounds of millions of answers needs the rating indexes in cache; a few hundred MiB, only while seeding.</summary>
    public IReadOnlyDictionary<string, string> DefaultSettings => new Dictionary<string, string> { ["Database:SqliteCacheSizeMiB"] = "256" };

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var options = Parse(args);
        var db = services.GetRequiredService<Db>();
        if (db.SqlitePath is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await SqliteEngineCheck.EnsureSupportedAsync(db);
        }
        await services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        await ActivatorUtilities.CreateInstance<SyntheticSeeder>(services).SeedAsync(options, cancellationToken);
        return CliVerbs.Ok;
    }

    internal static SyntheticSeeder.Options Parse(IReadOnlyList<string> args)
    {
        int? people = null, rounds = null;
        var seed = 1;
        var open = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--people":
                    people = Number(args, ++i, "--people", 6, 1_000_000);
                    break;
                case "--rounds":
                    rounds = Number(args, ++i, "--rounds", 0, 100);
                    break;
                case "--seed":
                    seed = Number(args, ++i, "--seed", int.MinValue, int.MaxValue);
                    break;
                case "--open-round":
                    open = true;
                    break;
                default:
                    throw new CliUsageException($"seed-synthetic does not know '{args[i]}'.");
            }
        }
        if (people is null || rounds is null)
        {
            throw new CliUsageException("seed-synthetic needs --people and --rounds.");
        }
        return new SyntheticSeeder.Options(people.Value, rounds.Value, seed, open);
    }

    private static int Number(IReadOnlyList<string> args, int index, string name, int min, int max) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliUsageException($"{name} needs a whole number from {min} to {max}.");
}
