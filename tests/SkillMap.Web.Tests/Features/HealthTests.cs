using System.Net;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features;

public sealed class HealthTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    [Fact]
    public async Task Liveness_answers_in_plain_text_without_signing_in()
    {
        var response = await app.CreateBrowserClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ok", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Readiness_is_ready_once_the_schema_is_current()
    {
        var response = await app.CreateBrowserClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Readiness_is_503_while_migrations_are_pending()
    {
        using var pending = new SkillMapFactory(new Dictionary<string, string?>
        {
            ["Database:MigrateOnStart"] = "false",
            ["Demo:Enabled"] = "false",
        });

        var response = await pending.CreateBrowserClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("not ready", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await pending.CreateBrowserClient().GetAsync("/healthz")).StatusCode);
    }
}
