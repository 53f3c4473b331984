using System.Runtime.CompilerServices;

namespace SkillMap.Web.Tests.Infrastructure;

internal static class FileWatching
{
    /// <summary>
    /// Each app instance a test starts watches its settings and static files. With inotify that costs
    /// one of the user's few inotify instances (128 by default, shared with every other process of the
    /// user), and tests that start many instances run out; polling needs none.
    /// </summary>
    [ModuleInitializer]
    internal static void UsePolling() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
}
