using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkillMap.Web.Security;

namespace SkillMap.Benchmarks;

/// <summary>
/// The real app in this process on the benchmark's database, reached through the in-memory test
/// server, so a request's time is the server's time. The signed-in person comes from a header
/// (X-Bench-Person: id,role), standing in for the cookie sign-in the benchmark has no use for.
/// </summary>
public sealed class BenchmarkHost(string databasePath) : WebApplicationFactory<SkillMap.Web.Data.Db>
{
    public const string Header = "X-Bench-Person";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:SqlitePath", databasePath);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderSignIn>("bench", null);
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = "bench";
                options.DefaultAuthenticateScheme = "bench";
                options.DefaultChallengeScheme = "bench";
            });
        });
    }

    public HttpClient ClientFor(int personId, string role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add(Header, $"{personId},{role}");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");
        return client;
    }

    private sealed class HeaderSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var value = Request.Headers[Header].ToString().Split(',');
            if (value.Length != 2 || !int.TryParse(value[0], out var id))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }
            var principal = CurrentPerson.Principal(id, $"Person {id}", value[1], "bench");
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, "bench")));
        }
    }
}
