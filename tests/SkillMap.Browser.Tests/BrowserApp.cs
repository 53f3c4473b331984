using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace SkillMap.Browser.Tests;

/// <summary>
/// The app on a real port (Kestrel, a temporary SQLite file, the demo organisation) and Debian's
/// Chromium driven by Playwright. Never downloads a browser: without /usr/bin/chromium the tests are
/// skipped with a reason, unless SKILLMAP_REQUIRE_BROWSER=1 demands them.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("skillmap-browser-").FullName;
    private IPlaywright? playwright;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("SKILLMAP_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("SKILLMAP_REQUIRE_BROWSER") == "1";

    public IBrowser? Browser { get; private set; }

    /// <summary>With the demo organisation (the default), or an empty install that starts at /setup.</summary>
    protected virtual bool Demo => true;

    public string BaseAddress { get; private set; } = "";

    public string DatabasePath => Path.Combine(directory, "browser.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: plain cookie names, since browsers drop __Host- cookies over http.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("Demo:Enabled", Demo ? "true" : "false");
        // One browser on one address signs in far more often than a person would.
        builder.UseSetting("RateLimits:Account:PermitLimit", "100000");
        builder.UseSetting("RateLimits:Posts:PermitLimit", "100000");
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (BrowserRequired)
            {
                throw new InvalidOperationException($"SKILLMAP_REQUIRE_BROWSER=1 but {ChromiumPath} does not exist (apt-get install chromium).");
            }
            return;
        }
        // Machines here are shared with other builds: give a page longer than Playwright's 5 s to settle.
        Assertions.SetDefaultExpectTimeout(15_000);
        UseKestrel(0);
        StartServer();
        BaseAddress = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public new async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A fresh browser context in one language, with or without JavaScript; skips the test when there is no browser.</summary>
    public async Task<BrowserPage> NewPageAsync(string language, bool javaScript = true)
    {
        if (Browser is null)
        {
            Assert.Skip($"Chromium not found at {ChromiumPath}: browser tests need Debian's chromium package (set SKILLMAP_REQUIRE_BROWSER=1 to make this a failure).");
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress,
            Locale = language == "ja" ? "ja-JP" : "en-US",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
            JavaScriptEnabled = javaScript,
        });
        return new BrowserPage(await context.NewPageAsync(), BaseAddress);
    }
}
