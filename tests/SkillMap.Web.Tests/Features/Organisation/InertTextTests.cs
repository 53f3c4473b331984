using System.Net;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Organisation;

/// <summary>Script, HTML and SQL typed into organisation fields come back as text wherever they are shown.</summary>
public sealed class InertTextTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private const string Payload = "<img src=x onerror=alert(1)>'; DROP TABLE Person;--";

    [Fact]
    public async Task Hostile_names_are_stored_as_typed_and_shown_as_text()
    {
        var org = new TestOrganisation(app.Service<Db>());
        var client = await app.ClientAsAsync("山本 健一");
        var page = await client.GetPageAsync("/admin/teams");
        await client.SubmitAsync(page.Form("#create-team"), "/admin/teams", [new("Input.Name", Payload + " team")]);
        var teamId = await org.ScalarAsync<int>("SELECT Id FROM Team WHERE Name = @name", new { name = Payload + " team" });
        var add = await client.GetPageAsync($"/admin/people/new?teamId={teamId}");
        var created = await client.SubmitAsync(add.Form("#new-person"), "/admin/people/new",
            [new("Input.Email", $"{Guid.NewGuid():N}@example.com"), new("Input.DisplayName", Payload), new("Input.NameReading", "<b>よみ</b>")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        foreach (var url in new[] { "/admin/teams", $"/admin/teams/{teamId}", $"/admin/people?teamId={teamId}", created.Headers.Location!.OriginalString, "/admin/audit" })
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b>よみ</b>", html);
        }
        var team = await client.GetPageAsync($"/admin/teams/{teamId}");
        Assert.Equal(Payload + " team", team.Text("h1"));
        Assert.Equal(Payload, team.QuerySelector("#team-members tbody th a")!.TextContent);
        Assert.True(await org.ScalarAsync<long>("SELECT COUNT(*) FROM Person") > 0);
    }
}
