namespace SkillMap.Web.Cli;

/// <summary>
/// A command run instead of the web server: <c>dotnet run --project src/SkillMap.Web -- VERB …</c>.
/// The contract (README, "Command line"): integer ids, --out FILE for anything written, logs on stderr,
/// exit code 0 ok / 1 failed / 2 usage; a verb never starts the web server or seeds demo data.
/// </summary>
public interface ICliVerb
{
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken);

    /// <summary>Settings this verb needs unless the configuration already says otherwise (e.g. a larger SQLite cache for bulk work).</summary>
    IReadOnlyDictionary<string, string> DefaultSettings => new Dictionary<string, string>();
}
