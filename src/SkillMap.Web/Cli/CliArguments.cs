namespace SkillMap.Web.Cli;

public static class CliArguments
{
    /// <summary>The value of the one required option <paramref name="name"/> (e.g. <c>--to FILE</c>); anything else is a usage error.</summary>
    public static string Single(IReadOnlyList<string> args, string verb, string name)
    {
        if (args.Count == 2 && args[0] == name && !string.IsNullOrWhiteSpace(args[1]) && !args[1].StartsWith("--", StringComparison.Ordinal))
        {
            return args[1];
        }
        throw new CliUsageException(args.Count == 0 ? $"{verb} needs {name} FILE." : $"{verb} takes only {name} FILE (got '{string.Join(' ', args)}').");
    }
}
