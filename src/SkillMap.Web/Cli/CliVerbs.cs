namespace SkillMap.Web.Cli;

public static class CliVerbs
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    private static readonly ICliVerb[] All = [new MigrateVerb(), new ModelVerb(), new ExportVerb(), new SeedSyntheticVerb(), new BackupVerb(), new RestoreVerb()];

    public static ICliVerb? Find(string[] args) =>
        args.Length > 0 ? All.FirstOrDefault(v => string.Equals(v.Name, args[0], StringComparison.OrdinalIgnoreCase)) : null;

    public static async Task<int> RunAsync(this ICliVerb verb, WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SkillMap.Cli");
        try
        {
            using var scope = app.Services.CreateScope();
            return await verb.RunAsync(scope.ServiceProvider, args.Skip(1).ToList(), CancellationToken.None);
        }
        catch (CliUsageException usage)
        {
            await Console.Error.WriteLineAsync($"{usage.Message}\nusage: {verb.Usage}");
            return UsageError;
        }
        catch (Exception exception) when (exception is Data.Backup.BackupFailure or CliFailure)
        {
            // Expected refusals are one line for the operator; a stack trace would hide the reason.
            await Console.Error.WriteLineAsync($"{verb.Name} failed: {exception.Message}");
            return Failed;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "{Verb} failed", verb.Name);
            await Console.Error.WriteLineAsync($"{verb.Name} failed: {exception.Message}");
            return Failed;
        }
    }
}

/// <summary>A verb that cannot do its work for a reason the operator can fix: one line on stderr, exit 1.</summary>
public sealed class CliFailure(string message) : Exception(message);

/// <summary>Wrong arguments: the verb prints its usage and exits with 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
