using System.Net;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Organisation;

public sealed class TeamPagesTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private TestOrganisation Org => new(app.Service<Db>());

    private Task<HttpClient> AdminAsync(string language = "en") => app.ClientAsAsync("山本 健一", language);

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..6];

    private async Task<HttpResponseMessage> CreateTeamAsync(HttpClient client, string name, string? unitId = null)
    {
        var page = await client.GetPageAsync("/admin/teams");
        var set = new List<KeyValuePair<string, string>> { new("Input.Name", name) };
        if (unitId is not null)
        {
            set.Add(new("Input.UnitId", unitId));
        }
        return await client.SubmitAsync(page.Form("#create-team"), "/admin/teams", set);
    }

    [Fact]
    public async Task An_admin_creates_renames_and_archives_a_team_and_each_step_is_audited()
    {
        var client = await AdminAsync();
        var name = Unique("運用チーム 🚀");

        var created = await CreateTeamAsync(client, name);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var teamId = await Org.ScalarAsync<int>("SELECT Id FROM Team WHERE Name = @name", new { name });
        var url = $"/admin/teams/{teamId}";
        var page = await client.GetPageAsync(url);
        Assert.Equal(name, page.Text("h1"));
        Assert.Contains(name, page.Text("#status-message"));

        var renamed = name + " 改";
        await client.SubmitAsync(page.Form("#team-settings"), url, [new("Input.Name", renamed)]);
        page = await client.GetPageAsync(url);
        Assert.Equal(renamed, page.Text("h1"));

        await client.SubmitAsync(page.Form("#archive-team"), url);
        Assert.NotNull(await Org.ScalarAsync<string?>("SELECT ArchivedAt FROM Team WHERE Id = @teamId", new { teamId }));
        var actions = await Org.QueryAsync<string>("SELECT Action FROM AuditEntry WHERE TargetType = 'team' AND TargetId = @teamId ORDER BY Id", new { teamId });
        Assert.Equal(["team.created", "team.changed", "team.archived"], actions);
    }

    [Fact]
    public async Task A_team_with_members_cannot_be_archived()
    {
        var teamId = await Org.TeamAsync(Unique("Busy"));
        await Org.PersonAsync(Unique("Member"), teamId);
        var client = await AdminAsync();
        var url = $"/admin/teams/{teamId}";
        var page = await client.GetPageAsync(url);

        var response = await client.SubmitAsync(page.Form("#archive-team"), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Move the team's members", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Null(await Org.ScalarAsync<string?>("SELECT ArchivedAt FROM Team WHERE Id = @teamId", new { teamId }));
    }

    [Theory]
    [InlineData("en", "There is already an active team")]
    [InlineData("ja", "という名前のチームがすでにあります")]
    public async Task A_second_active_team_with_the_same_name_is_refused_even_in_full_width(string language, string message)
    {
        var name = Unique("SRE");
        await Org.TeamAsync(name);
        var client = await AdminAsync(language);

        var response = await CreateTeamAsync(client, SkillMap.Core.Text.VisibleText.Nfkc(name).ToUpperInvariant().Replace("S", "Ｓ", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#error-summary"));
    }

    [Fact]
    public async Task A_team_name_takes_a_thousand_emoji_and_kanji_and_refuses_one_more_with_a_message()
    {
        var client = await AdminAsync();
        var thousand = string.Concat(Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? "👩‍💻" : "運"));

        var accepted = await CreateTeamAsync(client, thousand);
        var refused = await CreateTeamAsync(client, thousand + "用");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(thousand, await Org.ScalarAsync<string>("SELECT Name FROM Team WHERE Name = @thousand", new { thousand }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("at most 1000 characters; this is 1001", (await Html.ParseAsync(refused)).Text("#error-summary"));
    }

    [Fact]
    public async Task A_team_above_seven_people_shows_the_size_warning()
    {
        var big = await Org.TeamAsync(Unique("Big"));
        var seven = await Org.TeamAsync(Unique("Seven"));
        for (var i = 0; i < 8; i++)
        {
            await Org.PersonAsync(Unique("Big member"), big);
            if (i < 7)
            {
                await Org.PersonAsync(Unique("Seven member"), seven);
            }
        }
        var client = await AdminAsync();

        Assert.NotNull((await client.GetPageAsync($"/admin/teams/{big}")).QuerySelector("#team-size-warning"));
        Assert.Null((await client.GetPageAsync($"/admin/teams/{seven}")).QuerySelector("#team-size-warning"));
        var list = await client.GetPageAsync("/admin/teams");
        Assert.NotNull(list.QuerySelector($"li[data-team-id='{big}'] .team-size-warning"));
        Assert.Null(list.QuerySelector($"li[data-team-id='{seven}'] .team-size-warning"));
    }

    [Fact]
    public async Task Units_form_a_chain_from_department_to_section_to_team_and_cannot_loop()
    {
        var client = await AdminAsync("ja");
        var department = Unique("運用本部");
        var section = Unique("基盤課");
        var units = await client.GetPageAsync("/admin/teams/units");
        await client.SubmitAsync(units.Form("#create-unit"), "/admin/teams/units", [new("Input.Name", department)]);
        var departmentId = await Org.ScalarAsync<int>("SELECT Id FROM OrgUnit WHERE Name = @department", new { department });
        units = await client.GetPageAsync("/admin/teams/units");
        await client.SubmitAsync(units.Form("#create-unit"), "/admin/teams/units", [new("Input.Name", section), new("Input.ParentId", departmentId.ToString())]);
        var sectionId = await Org.ScalarAsync<int>("SELECT Id FROM OrgUnit WHERE Name = @section", new { section });
        var team = Unique("ネットワーク");

        await CreateTeamAsync(client, team, sectionId.ToString());

        var teamId = await Org.ScalarAsync<int>("SELECT Id FROM Team WHERE Name = @team", new { team });
        Assert.Equal($"· {department}/{section}", (await client.GetPageAsync($"/admin/teams/{teamId}")).Text("#team-unit"));
        var list = await client.GetPageAsync("/admin/teams");
        Assert.NotNull(list.QuerySelector($"li[data-unit-id='{departmentId}'] li[data-unit-id='{sectionId}'] li[data-team-id='{teamId}']"));

        // The department may not move under its own section.
        var unitPage = await client.GetPageAsync($"/admin/teams/units/{departmentId}");
        var loop = await client.SubmitAsync(unitPage.Form("#unit-settings"), $"/admin/teams/units/{departmentId}", [new("Input.ParentId", sectionId.ToString())]);
        Assert.Equal(HttpStatusCode.OK, loop.StatusCode);
        Assert.Contains("配下の組織の下には置けません", (await Html.ParseAsync(loop)).Text("#error-summary"));
        Assert.Null(await Org.ScalarAsync<int?>("SELECT ParentId FROM OrgUnit WHERE Id = @departmentId", new { departmentId }));
    }

    [Fact]
    public async Task An_admin_assigns_and_removes_a_manager_but_never_a_member()
    {
        var teamId = await Org.TeamAsync(Unique("Managed"));
        var lead = await Org.PersonAsync(Unique("Lead"), null, role: "manager");
        var member = await Org.PersonAsync(Unique("Plain"), teamId);
        var client = await AdminAsync();
        var url = $"/admin/teams/{teamId}";
        var page = await client.GetPageAsync(url);
        Assert.Null(page.QuerySelector($"#manager-person option[value='{member}']"));

        await client.SubmitAsync(page.Form("#assign-manager"), url, [new("personId", lead.ToString())]);
        var refused = await client.SubmitAsync(page.Form("#assign-manager"), url, [new("personId", member.ToString())]);

        Assert.Contains("Only active people with the manager or admin role", (await Html.ParseAsync(refused)).Text("#error-summary"));
        Assert.Equal([lead], await Org.QueryAsync<int>("SELECT PersonId FROM TeamManager WHERE TeamId = @teamId", new { teamId }));
        page = await client.GetPageAsync(url);
        await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"#team-managers li[data-person-id='{lead}'] form")!, url + "?handler=RemoveManager");
        Assert.Empty(await Org.QueryAsync<int>("SELECT PersonId FROM TeamManager WHERE TeamId = @teamId", new { teamId }));
    }

    [Fact]
    public async Task A_manager_sees_and_opens_only_the_teams_they_manage_and_cannot_change_them()
    {
        var mine = await Org.TeamAsync(Unique("Mine"));
        var other = await Org.TeamAsync(Unique("Other"));
        var managerName = Unique("Manager");
        var manager = await Org.PersonAsync(managerName, null, role: "manager");
        await Org.ManagerAsync(mine, manager);
        var client = await app.ClientAsAsync(managerName);

        var list = await client.GetPageAsync("/admin/teams");
        Assert.Equal([mine.ToString()], list.QuerySelectorAll("li.team-entry").Select(li => li.GetAttribute("data-team-id")!));
        var page = await client.GetPageAsync($"/admin/teams/{mine}");
        Assert.Null(page.QuerySelector("#team-settings"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/teams/{other}")).StatusCode);

        var token = await client.AntiforgeryTokenAsync($"/admin/teams/{mine}");
        var rename = await client.PostAsync($"/admin/teams/{mine}?handler=Save", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Name", "taken over")]));
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.NotEqual("taken over", await Org.ScalarAsync<string>("SELECT Name FROM Team WHERE Id = @mine", new { mine }));
    }

    [Fact]
    public async Task Members_do_not_reach_the_team_admin_pages()
    {
        var client = await app.ClientAsAsync("佐藤 美咲");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/teams/units")).StatusCode);
        Assert.Null((await client.GetPageAsync("/")).QuerySelector("#nav-teams-people"));
    }
}
