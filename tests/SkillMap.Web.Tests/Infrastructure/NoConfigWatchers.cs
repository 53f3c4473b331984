using System.Runtime.CompilerServices;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>
/// Every host a test builds (in process, or a child process, which inherits this) would otherwise
/// watch appsettings.json with an inotify instance; there are only 128 per user on a machine where
/// several test runs share it, and running out crashes hosts at start. Tests never edit settings files.
/// </summary>
internal static class NoConfigWatchers
{
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
