using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real, temporary SQLite file, with production settings (Testing environment:
/// secure cookies, friendly error pages) and, unless told otherwise, the demo organisation.
/// </summary>
public class SkillMapFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory directory = new();
    private readonly Dictionary<string, string?> settings;

    public SkillMapFactory()
        : this(null)
    {
    }

    /// <summary>Settings over the defaults; internal because a class fixture may have only one public constructor.</summary>
    internal SkillMapFactory(IDictionary<string, string?>? settings)
    {
        this.settings = new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = directory.File("skillmap.db"),
            ["Demo:Enabled"] = "true",
            // Every request of a test server comes from one "address", and a fast machine signs in
            // more often per minute than any person; the rate-limit tests set their own small limits.
            ["RateLimits:Account:PermitLimit"] = "100000",
            ["RateLimits:Posts:PermitLimit"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public string DatabasePath => settings["Database:SqlitePath"]!;

    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (TestServices is not null)
        {
            builder.ConfigureServices(TestServices);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            directory.Dispose();
        }
    }
}
