namespace SkillMap.Web.Hosting;

/// <summary>
/// Where the app finds its settings and static files. The build copies the repository's top-level
/// wwwroot next to the binary (and publish into its folder), so development, tests and a published
/// install all serve the same files. A published binary started from another directory uses its
/// own folder as the content root.
/// </summary>
public static class HostPaths
{
    public static WebApplicationOptions Options(string[] args)
    {
        var besideBinary = AppContext.BaseDirectory;
        var startedElsewhere = !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = startedElsewhere ? besideBinary : null,
            WebRootPath = Path.Combine(besideBinary, "wwwroot"),
        };
    }
}
