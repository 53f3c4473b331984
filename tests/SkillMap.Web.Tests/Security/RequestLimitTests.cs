using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Security;

/// <summary>On the real server (Kestrel on a loopback port), since the in-memory test server enforces no body limit.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task A_request_body_over_the_limit_is_refused_with_413_before_the_app_reads_it()
    {
        // Development, so that plain http carries the antiforgery cookie and the form is really read.
        using var app = TestAccounts.Production("RequestLimits:MaxBodyBytes=65536", "environment=Development");
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };

        var small = await client.PostAsync("/signin", new FormUrlEncodedContent([new("Input.Email", new string('a', 1000))]));
        var large = await client.PostAsync("/signin", new FormUrlEncodedContent([new("Input.Email", new string('a', 200_000))]));

        Assert.Equal(HttpStatusCode.BadRequest, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
    }
}
