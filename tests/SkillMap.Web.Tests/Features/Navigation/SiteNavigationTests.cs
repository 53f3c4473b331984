using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Navigation;

public sealed class SiteNavigationTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private static string[] TopLevel(IHtmlDocument page) =>
        page.QuerySelectorAll(".site-nav > ul > li > a, .site-nav > ul > li > details").Select(e => e.Id!).ToArray();

    [Fact]
    public async Task A_member_has_surveys_report_plans_and_team_and_no_management_entries()
    {
        var page = await (await app.ClientAsAsync("Daniel Park")).GetPageAsync("/");

        Assert.Equal(["nav-my-surveys", "nav-my-report", "nav-plans", "nav-my-team"], TopLevel(page));
        Assert.Equal("/team", page.QuerySelector("#nav-my-team")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("#nav-rounds, #nav-teams-people, #nav-admin-menu, #nav-skill-model, #nav-audit"));
        // The account menu: my data, the language switch and sign-out, under the person's name.
        Assert.Equal("Daniel Park", page.Text("#account-menu .person-name"));
        Assert.NotNull(page.QuerySelector("#account-menu #nav-my-data"));
        Assert.NotNull(page.QuerySelector("#account-menu .language-switch a[lang=ja]"));
        Assert.NotNull(page.QuerySelector("#account-menu form.sign-out #sign-out"));
    }

    [Fact]
    public async Task A_manager_finds_their_teams_rounds_and_people_in_one_team_menu()
    {
        var page = await (await app.ClientAsAsync("Sarah Mitchell")).GetPageAsync("/");

        Assert.Equal(["nav-my-surveys", "nav-my-report", "nav-plans", "nav-teams-menu"], TopLevel(page));
        var team = await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT TeamId FROM TeamManager tm JOIN Person p ON p.Id = tm.PersonId WHERE p.DisplayName = 'Sarah Mitchell'");
        Assert.Equal($"/teams/{team}", page.QuerySelector("#nav-teams-menu #nav-my-team")!.GetAttribute("href"));
        Assert.Contains("SRE", page.Text("#nav-my-team"));
        Assert.Equal("/admin/rounds", page.QuerySelector("#nav-teams-menu #nav-rounds")!.GetAttribute("href"));
        Assert.Equal("/admin/teams", page.QuerySelector("#nav-teams-menu #nav-teams-people")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#nav-admin-menu"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsAsync("Sarah Mitchell")).GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_manager_of_two_teams_sees_both_and_not_an_archived_one()
    {
        var org = new TestOrganisation(app.Service<Db>());
        var tag = Guid.NewGuid().ToString("N")[..6];
        var own = await org.TeamAsync($"Nav own {tag}");
        var second = await org.TeamAsync($"Nav second {tag}");
        var archived = await org.TeamAsync($"Nav archived {tag}");
        await org.ExecuteAsync("UPDATE Team SET ArchivedAt = @now WHERE Id = @archived", new { now = DateTime.UtcNow, archived });
        var manager = await org.PersonAsync($"Nav Manager {tag}", own, role: "manager");
        await org.ManagerAsync(second, manager);
        await org.ManagerAsync(archived, manager);

        var page = await (await app.ClientAsAsync($"Nav Manager {tag}")).GetPageAsync("/");

        Assert.Equal("My teams", page.Text("#nav-teams-menu > summary"));
        Assert.Equal([$"/teams/{own}", $"/teams/{second}"], page.QuerySelectorAll("#nav-teams-menu a[href^='/teams/']").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Equal($"/teams/{own}", page.QuerySelector("#nav-my-team")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_admin_has_one_Administration_menu_with_every_admin_area_under_the_ids_people_rely_on()
    {
        var page = await (await app.ClientAsAsync("山本 健一")).GetPageAsync("/");

        Assert.Equal(["nav-my-surveys", "nav-my-report", "nav-plans", "nav-my-team", "nav-admin-menu"], TopLevel(page));
        Assert.Equal("Administration", page.Text("#nav-admin-menu > summary"));
        var links = page.QuerySelectorAll("#nav-admin-menu a").ToDictionary(a => a.Id!, a => a.GetAttribute("href"));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["nav-admin"] = "/admin",
            ["nav-rounds"] = "/admin/rounds",
            ["nav-skill-model"] = "/admin/model",
            ["nav-teams-people"] = "/admin/teams",
            ["nav-import"] = "/admin/organisation/import",
            ["nav-organisation"] = "/reports/organisation",
            ["nav-audit"] = "/admin/audit",
            ["nav-metrics"] = "/admin/metrics",
        }, links);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("山本 健一", "/plans", "nav-plans")]
    [InlineData("山本 健一", "/admin/audit", "nav-audit")]
    [InlineData("山本 健一", "/admin", "nav-admin")]
    [InlineData("山本 健一", "/me/data", "nav-my-data")]
    [InlineData("Sarah Mitchell", "/admin/rounds", "nav-rounds")]
    [InlineData("Daniel Park", "/surveys", "nav-my-surveys")]
    public async Task The_current_page_is_marked_with_aria_current_page_and_nothing_else_is(string person, string url, string id)
    {
        var page = await (await app.ClientAsAsync(person)).GetPageAsync(url);

        Assert.Equal([id], page.QuerySelectorAll("header [aria-current=page]").Select(e => e.Id!).ToArray());
    }

    [Fact]
    public async Task Inside_a_section_its_entry_is_marked_as_current_and_its_menu_button_too()
    {
        var client = await app.ClientAsAsync("山本 健一");
        var version = await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT MIN(Version) FROM ModelVersion");

        var page = await client.GetPageAsync($"/admin/model/{version}");

        Assert.Equal("true", page.QuerySelector("#nav-skill-model")!.GetAttribute("aria-current"));
        Assert.Contains("holds-current", page.QuerySelector("#nav-admin-menu > summary")!.ClassList);
        Assert.Empty(page.QuerySelectorAll("header [aria-current=page]"));
    }

    [Fact]
    public async Task Signed_out_the_header_has_the_language_switch_and_sign_in_only()
    {
        var page = await app.CreateBrowserClient().GetPageAsync("/");

        Assert.Null(page.QuerySelector(".site-nav"));
        Assert.Null(page.QuerySelector("#account-menu"));
        Assert.NotNull(page.QuerySelector(".site-tools .language-switch a[lang=en]"));
        Assert.NotNull(page.QuerySelector("#sign-in"));
    }
}
