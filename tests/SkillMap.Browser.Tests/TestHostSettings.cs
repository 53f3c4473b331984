using System.Runtime.CompilerServices;

namespace SkillMap.Browser.Tests;

internal static class TestHostSettings
{
    /// <summary>
    /// Each test host would otherwise watch appsettings.json with its own inotify instance, and a
    /// machine allows only 128 of them per user: the tests never change their settings on disk.
    /// </summary>
    [ModuleInitializer]
    internal static void DoNotWatchSettingsFiles() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
