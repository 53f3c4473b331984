using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Organisation;

public sealed class PeoplePagesTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private TestOrganisation Org => new(app.Service<Db>());

    private Task<HttpClient> AdminAsync(string language = "en") => app.ClientAsAsync("山本 健一", language);

    private static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A person as the pages create them: with an email, which the profile form requires.</summary>
    private async Task<int> PersonAsync(string name, int? teamId, string role = "member")
    {
        var id = await Org.PersonAsync(name, teamId, role);
        var email = $"p{id}.{Guid.NewGuid():N}@example.com";
        await Org.ExecuteAsync("UPDATE Person SET Email = @email, NormalizedEmail = UPPER(@email) WHERE Id = @id", new { email, id });
        return id;
    }

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string url = "/admin/people/new")
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(page.Form("#new-person"), "/admin/people/new", fields);
    }

    [Fact]
    public async Task An_admin_adds_a_person_with_a_full_width_email_and_number_which_are_normalised()
    {
        var client = await AdminAsync();
        var teamId = await Org.TeamAsync(Unique("Team"));
        var tag = Guid.NewGuid().ToString("N")[..6];

        var response = await AddAsync(client,
        [
            new("Input.Email", $"ｎｅｗ.{tag}＠ｅｘａｍｐｌｅ.ｃｏｍ"),
            new("Input.EmployeeNumber", "Ｅ" + "１２３"),
            new("Input.DisplayName", "新井 花子 🌸"),
            new("Input.NameReading", "ｱﾗｲ ﾊﾅｺ"),
            new("Input.Role", "manager"),
            new("Input.Language", "ja"),
            new("Input.TeamId", teamId.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Org.QueryAsync<(string Email, string Normalized, string Number, string Reading, string Role)>(
            "SELECT Email, NormalizedEmail, EmployeeNumber, NameReading, Role FROM Person WHERE DisplayName = '新井 花子 🌸'");
        Assert.Equal(($"new.{tag}@example.com", $"NEW.{tag.ToUpperInvariant()}@EXAMPLE.COM", "E123", "アライ ハナコ", "manager"), Assert.Single(stored));
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("/admin/people/" + page.QuerySelector("#invitation-link")!.GetAttribute("href")!.Split('/')[3] + "/invitation", page.QuerySelector("#invitation-link")!.GetAttribute("href"));
        Assert.Contains("person.created", await Org.QueryAsync<string>("SELECT Action FROM AuditEntry"));
    }

    [Theory]
    [InlineData("en", "Someone else already has this email address.")]
    [InlineData("ja", "このメールアドレスは別の人が使っています。")]
    public async Task An_email_already_in_use_is_refused_in_the_reader_language(string language, string message)
    {
        var client = await AdminAsync(language);

        var response = await AddAsync(client, [new("Input.Email", "MISAKI.SATO@demo.skillmap.example"), new("Input.DisplayName", "Copy")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE DisplayName = 'Copy'"));
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_changes_nothing()
    {
        var client = await AdminAsync();
        var before = await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person");

        var response = await AddAsync(client,
        [
            new("Input.Email", "not an email"),
            new("Input.DisplayName", "line\nbreak"),
            new("Input.EmployeeNumber", new string('9', 101)),
            new("Input.Role", "owner"),
        ]);

        var errors = (await Html.ParseAsync(response)).QuerySelectorAll("#error-summary li").Select(li => li.GetAttribute("data-field")).ToList();
        Assert.Equal(["Input.DisplayName", "Input.Email", "Input.EmployeeNumber", "Input.Role"], errors.Order());
        Assert.Equal(before, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
    }

    [Fact]
    public async Task A_display_name_of_a_thousand_emoji_and_kanji_is_kept_and_one_more_is_refused()
    {
        var client = await AdminAsync();
        string Email() => $"{Guid.NewGuid():N}@example.com";
        var thousand = string.Concat(Enumerable.Repeat("運😀", 500));

        var accepted = await AddAsync(client, [new("Input.Email", Email()), new("Input.DisplayName", thousand)]);
        var refused = await AddAsync(client, [new("Input.Email", Email()), new("Input.DisplayName", thousand + "用")]);
        var tooWide = await AddAsync(client, [new("Input.Email", Email()), new("Input.DisplayName", string.Concat(Enumerable.Repeat("🧑🏽‍🔧", 1000)))]);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(1, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE DisplayName = @thousand", new { thousand }));
        Assert.Contains("Display name can be at most 1000 characters; this is 1001", (await Html.ParseAsync(refused)).Text("#error-summary"));
        Assert.Contains("too long to store", (await Html.ParseAsync(tooWide)).Text("#error-summary"));
    }

    [Fact]
    public async Task The_people_list_sorts_by_reading_whatever_the_script()
    {
        var teamId = await Org.TeamAsync(Unique("Sorted"));
        foreach (var (name, reading) in new[] { ("渡辺 一", "わたなべ はじめ"), ("伊藤 二", "イトウ ジ"), ("加藤 三", "ｶﾄｳ ｻﾝ"), ("Aoki Four", null) })
        {
            var id = await Org.PersonAsync(name, teamId);
            await Org.ExecuteAsync("UPDATE Person SET NameReading = @reading WHERE Id = @id", new { reading, id });
        }
        var client = await AdminAsync();

        var page = await client.GetPageAsync($"/admin/people?teamId={teamId}");

        Assert.Equal(["Aoki Four", "伊藤 二", "加藤 三", "渡辺 一"], page.QuerySelectorAll("#people-list tbody th a").Select(a => a.TextContent));
        var team = await client.GetPageAsync($"/admin/teams/{teamId}");
        Assert.Equal(["Aoki Four", "伊藤 二", "加藤 三", "渡辺 一"], team.QuerySelectorAll("#team-members tbody th a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_moved_person_keeps_the_ratings_of_a_closed_round_with_their_old_team()
    {
        var model = await Org.ModelAsync();
        var items = await Org.ItemIdsAsync(model);
        var oldTeam = await Org.TeamAsync(Unique("Old"));
        var newTeam = await Org.TeamAsync(Unique("New"));
        var mover = await Org.PersonAsync(Unique("Mover"), oldTeam);
        var round = await Org.RoundAsync(model, "open", oldTeam);
        await Org.SheetAsync(round, "self", mover, mover, oldTeam, new Dictionary<int, int?> { [items["logic.a"]] = 4 });
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(round));
        var client = await AdminAsync();
        var url = $"/admin/people/{mover}";
        var page = await client.GetPageAsync(url);

        var response = await client.SubmitAsync(page.Form("#move-person"), url, [new("Move.TeamId", newTeam.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var history = await Org.QueryAsync<(long TeamId, string? ToDate)>("SELECT TeamId, ToDate FROM TeamMembership WHERE PersonId = @mover ORDER BY Id", new { mover });
        Assert.Equal(2, history.Count);
        Assert.Equal((oldTeam, true), ((int)history[0].TeamId, history[0].ToDate is not null));
        Assert.Equal((newTeam, false), ((int)history[1].TeamId, history[1].ToDate is not null));
        Assert.Equal([oldTeam], await Org.QueryAsync<int>("SELECT DISTINCT TeamId FROM Rating WHERE RateeId = @mover", new { mover }));
        page = await client.GetPageAsync(url);
        Assert.Equal(2, page.QuerySelectorAll("#membership-history tbody tr").Length);
    }

    [Fact]
    public async Task A_move_dated_in_the_future_or_before_joining_is_refused()
    {
        var teamId = await Org.TeamAsync(Unique("Here"));
        var person = await Org.PersonAsync(Unique("Stayer"), teamId);
        var client = await AdminAsync();
        var url = $"/admin/people/{person}";
        var page = await client.GetPageAsync(url);

        var future = await client.SubmitAsync(page.Form("#move-person"), url, [new("Move.Date", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"))]);
        var early = await client.SubmitAsync(page.Form("#move-person"), url, [new("Move.Date", DateTime.UtcNow.AddYears(-3).ToString("yyyy-MM-dd"))]);

        Assert.Contains("today or earlier", (await Html.ParseAsync(future)).Text("#error-summary"));
        Assert.Contains("before the person joined", (await Html.ParseAsync(early)).Text("#error-summary"));
        Assert.Equal(1, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM TeamMembership WHERE PersonId = @person", new { person }));
    }

    [Fact]
    public async Task A_deactivated_person_is_signed_out_at_once_and_their_answers_are_kept()
    {
        var teamId = await Org.TeamAsync(Unique("Leaving"));
        var name = Unique("Leaver");
        var person = await Org.PersonAsync(name, teamId);
        var session = await app.ClientAsAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/teams/{teamId}")).StatusCode);
        var admin = await AdminAsync();
        var url = $"/admin/people/{person}";
        var page = await admin.GetPageAsync(url);

        await admin.SubmitAsync(page.Form("#deactivate-person"), url);

        var after = await session.GetAsync($"/teams/{teamId}");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location!.AbsolutePath);
        var picker = await app.CreateBrowserClient().GetPageAsync("/demo/signin");
        Assert.DoesNotContain(picker.QuerySelectorAll("button.demo-person"), b => b.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Equal(1, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE Id = @person AND DisplayName = @name", new { person, name }));
        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM TeamMembership WHERE PersonId = @person AND ToDate IS NULL", new { person }));
    }

    [Fact]
    public async Task A_role_change_reaches_a_session_that_is_already_open()
    {
        var name = Unique("Former admin");
        var person = await PersonAsync(name, null, role: "admin");
        var session = await app.ClientAsAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/audit")).StatusCode);
        var admin = await AdminAsync();
        var url = $"/admin/people/{person}";
        var page = await admin.GetPageAsync(url);

        await admin.SubmitAsync(page.Form("#person-profile"), url, [new("Input.Role", "member")]);

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/admin/audit")).StatusCode);
        Assert.Contains("admin → member", await Org.QueryAsync<string>("SELECT Detail FROM AuditEntry WHERE Action = 'person.role-changed' AND TargetId = @person", new { person }));
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role_or_deactivate_themselves()
    {
        var name = Unique("Solo admin");
        var self = await PersonAsync(name, null, role: "admin");
        var client = await app.ClientAsAsync(name);
        var url = $"/admin/people/{self}";
        var page = await client.GetPageAsync(url);

        var demote = await client.SubmitAsync(page.Form("#person-profile"), url, [new("Input.Role", "member")]);
        var token = await client.AntiforgeryTokenAsync(url);
        var deactivate = await client.PostAsync(url + "?handler=Deactivate", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Contains("cannot remove your own admin role", (await Html.ParseAsync(demote)).Text("#error-summary"));
        Assert.Contains("your own account", (await Html.ParseAsync(deactivate)).Text("#error-summary"));
        Assert.Equal("admin", await Org.ScalarAsync<string>("SELECT Role FROM Person WHERE Id = @self", new { self }));
        Assert.Null(await Org.ScalarAsync<string?>("SELECT DeactivatedAt FROM Person WHERE Id = @self", new { self }));
    }

    [Fact]
    public async Task A_manager_adds_members_only_to_their_own_teams_and_cannot_give_a_role()
    {
        var mine = await Org.TeamAsync(Unique("Own"));
        var other = await Org.TeamAsync(Unique("Foreign"));
        var managerName = Unique("Team lead");
        var manager = await Org.PersonAsync(managerName, null, role: "manager");
        await Org.ManagerAsync(mine, manager);
        var client = await app.ClientAsAsync(managerName);
        var page = await client.GetPageAsync($"/admin/people/new?teamId={mine}");
        Assert.Null(page.QuerySelector("#person-role"));
        Assert.Equal([mine.ToString()], page.QuerySelectorAll("#person-team option").Select(o => o.GetAttribute("value")!));

        var elsewhere = await client.SubmitAsync(page.Form("#new-person"), "/admin/people/new",
            [new("Input.Email", $"{Guid.NewGuid():N}@example.com"), new("Input.DisplayName", "Sneaky"), new("Input.TeamId", other.ToString())]);
        var added = await client.SubmitAsync(page.Form("#new-person"), "/admin/people/new",
            [new("Input.Email", $"{Guid.NewGuid():N}@example.com"), new("Input.DisplayName", "New member"), new("Input.Role", "admin")]);

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(("member", mine), Assert.Single(await Org.QueryAsync<(string, long)>(
            "SELECT p.Role, m.TeamId FROM Person p JOIN TeamMembership m ON m.PersonId = p.Id WHERE p.DisplayName = 'New member'")) is var (role, team) ? (role, (int)team) : default);
        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE DisplayName = 'Sneaky'"));
    }

    [Fact]
    public async Task A_manager_opens_their_members_but_not_other_people()
    {
        var mine = await Org.TeamAsync(Unique("Mine"));
        var other = await Org.TeamAsync(Unique("Theirs"));
        var managerName = Unique("Manager");
        var manager = await Org.PersonAsync(managerName, null, role: "manager");
        await Org.ManagerAsync(mine, manager);
        var member = await Org.PersonAsync(Unique("Mine member"), mine);
        var stranger = await Org.PersonAsync(Unique("Other member"), other);
        var client = await app.ClientAsAsync(managerName);

        var list = await client.GetPageAsync("/admin/people");
        var page = await client.GetPageAsync($"/admin/people/{member}");

        Assert.Equal([member.ToString()], list.QuerySelectorAll("#people-list tbody tr").Select(r => r.GetAttribute("data-person-id")!));
        Assert.Null(page.QuerySelector("#move-person"));
        Assert.Null(page.QuerySelector("#deactivate-person"));
        Assert.True(page.QuerySelector("#person-email")!.HasAttribute("readonly"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/people/{stranger}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/people/{manager}")).StatusCode);
    }

    [Fact]
    public async Task A_person_marked_not_rated_keeps_the_flag()
    {
        var teamId = await Org.TeamAsync(Unique("Contractors"));
        var person = await PersonAsync(Unique("Contractor"), teamId);
        var client = await AdminAsync();
        var url = $"/admin/people/{person}";
        var page = await client.GetPageAsync(url);

        await client.SubmitAsync(page.Form("#person-profile"), url, remove: ["Input.IsRated"], set: [new("Input.IsRated", "false")]);

        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT IsRated FROM Person WHERE Id = @person", new { person }));
        Assert.NotNull((await client.GetPageAsync($"/admin/teams/{teamId}")).QuerySelector($"tr[data-person-id='{person}'] .tag"));
    }
}
