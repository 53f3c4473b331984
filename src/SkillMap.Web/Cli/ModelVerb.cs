using System.Globalization;
using System.Text;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Cli;

/// <summary>
/// <c>model export [--version N] --out FILE</c> writes a version in the documented JSON format (default:
/// the latest published one); <c>model import FILE</c> reads a file as a new draft and prints its
/// version number on stdout. A bad file is refused as a whole, every problem on stderr. Messages are
/// written straight to stderr: the console logger's queue may not drain before a short verb exits.
/// </summary>
public sealed class ModelVerb : ICliVerb
{
    public string Name => "model";

    public string Usage => "dotnet run --project src/SkillMap.Web -- model export [--version N] --out FILE | model import FILE";

    public Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken) =>
        args.Count > 0 && args[0] == "export" ? ExportAsync(services, args.Skip(1).ToList(), cancellationToken)
        : args.Count > 0 && args[0] == "import" ? ImportAsync(services, args.Skip(1).ToList(), cancellationToken)
        : throw new CliUsageException(args.Count == 0 ? "model needs export or import." : $"unknown model command '{args[0]}'.");

    private static async Task<int> ExportAsync(IServiceProvider services, List<string> args, CancellationToken cancellationToken)
    {
        string? output = null;
        int? number = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new CliUsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--out":
                    output = value;
                    break;
                case "--version" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    number = n;
                    break;
                case "--version":
                    throw new CliUsageException($"--version takes a positive integer (got '{value}').");
                default:
                    throw new CliUsageException($"unknown option '{args[i]}'.");
            }
            i++;
        }
        if (output is null)
        {
            throw new CliUsageException("export needs --out FILE.");
        }
        var versions = services.GetRequiredService<ModelVersions>();
        var version = number is { } wanted ? await versions.FindAsync(wanted, cancellationToken) : await versions.LatestPublishedAsync(cancellationToken);
        if (version is null)
        {
            await Console.Error.WriteLineAsync(number is null ? "There is no published model version to export." : $"There is no model version {number}.");
            return CliVerbs.Failed;
        }
        var document = await versions.DocumentAsync(version, cancellationToken);
        await File.WriteAllTextAsync(output, document.ToJson(), new UTF8Encoding(false), cancellationToken);
        await Console.Error.WriteLineAsync($"Exported model version {version.Version} ({version.Status}, {document.Items.Count} items) to {output}");
        return CliVerbs.Ok;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, List<string> args, CancellationToken cancellationToken)
    {
        if (args.Count != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CliUsageException("import takes exactly one FILE.");
        }
        if (!File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync($"{args[0]}: no such file.");
            return CliVerbs.Failed;
        }
        ModelFile.Result result;
        await using (var stream = File.OpenRead(args[0]))
        {
            result = await ModelFile.ReadAsync(stream, cancellationToken);
        }
        if (!result.Ok)
        {
            await Console.Error.WriteLineAsync($"{args[0]} was not imported; nothing was changed. {result.Problems.Count} problem(s):");
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync("  " + problem);
            }
            return CliVerbs.Failed;
        }
        var number = await services.GetRequiredService<ModelDrafts>().ImportAsync(result.Document!.Name, result.Items, null, cancellationToken);
        await Console.Error.WriteLineAsync($"Imported {args[0]} as draft model version {number} ({result.Items.Count} items)");
        Console.Out.WriteLine(number.ToString(CultureInfo.InvariantCulture));
        return CliVerbs.Ok;
    }
}
