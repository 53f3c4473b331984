using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

public sealed class SignInTests
{
    [Fact]
    public async Task A_person_signs_in_with_their_email_in_any_case_and_width_and_their_password()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "Aiko.Sato@Example.jp");

        var client = app.CreateBrowserClient();
        var response = await client.SignInWithPasswordAsync("ａｉｋｏ.ｓａｔｏ＠ＥＸＡＭＰＬＥ.ＪＰ");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal("Aiko Sato", await client.WhoAmIAsync());
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");

        var local = await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", url: "/signin?returnUrl=%2Fteam");
        var foreign = await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", url: "/signin?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/team", local.Headers.Location?.OriginalString);
        Assert.Equal("/", foreign.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_refusal_reads_the_same_so_nobody_learns_whether_an_address_has_an_account()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var deactivated = await app.PersonAsync("Ken Ito", "ken@example.jp");
        await new TestOrganisation(app.Service<Db>()).ExecuteAsync("UPDATE Person SET DeactivatedAt = @now WHERE Id = @deactivated", new { now = DateTime.UtcNow, deactivated });
        await app.PersonAsync("Mei Kato", "mei@example.jp", password: null);

        var answers = new List<string>();
        foreach (var (email, password) in new[]
        {
            ("aiko@example.jp", "not the password at all"),
            ("nobody@example.jp", TestAccounts.Password),
            ("ken@example.jp", TestAccounts.Password),
            ("mei@example.jp", TestAccounts.Password),
        })
        {
            var response = await app.CreateBrowserClient().SignInWithPasswordAsync(email, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add((await Html.ParseAsync(response)).Text("#error-summary"));
        }

        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task A_deactivated_person_cannot_sign_in_and_their_open_session_ends()
    {
        using var app = TestAccounts.Production();
        var id = await app.PersonAsync("Ken Ito", "ken@example.jp");
        var client = await app.SignedInAsync("ken@example.jp");

        await new TestOrganisation(app.Service<Db>()).ExecuteAsync("UPDATE Person SET DeactivatedAt = @now WHERE Id = @id", new { now = DateTime.UtcNow, id });

        var team = await client.GetAsync("/team");
        Assert.Equal(HttpStatusCode.Redirect, team.StatusCode);
        Assert.StartsWith("https://localhost/signin", team.Headers.Location?.ToString());
        Assert.Null(await client.WhoAmIAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserClient().SignInWithPasswordAsync("ken@example.jp")).StatusCode);
    }

    [Fact]
    public async Task A_changed_role_applies_to_an_open_session_at_once()
    {
        using var app = TestAccounts.Production();
        var id = await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var member = await app.PersonAsync("Mei Kato", "mei@example.jp");
        var client = await app.SignedInAsync("root@example.jp");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/admin/people/{member}/invitation")).StatusCode);

        await new TestOrganisation(app.Service<Db>()).ExecuteAsync("UPDATE Person SET Role = 'member' WHERE Id = @id", new { id });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/people/{member}/invitation")).StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_for_a_while_even_for_the_right_password()
    {
        var clock = new ManualClock();
        using var app = TestAccounts.Production(services => services.AddSingleton<TimeProvider>(clock), "Authentication:Lockout:MaxFailedAttempts=3", "Authentication:Lockout:Minutes=10");
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");

        for (var i = 0; i < 3; i++)
        {
            await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "wrong password " + i);
        }
        var whileLocked = await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp");
        clock.Advance(TimeSpan.FromMinutes(11));
        var afterwards = await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp");

        Assert.Equal(HttpStatusCode.OK, whileLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task Two_instances_on_one_database_count_the_same_failed_attempts()
    {
        using var first = TestAccounts.Production("Authentication:Lockout:MaxFailedAttempts=4");
        using var second = TestAccounts.Production("Authentication:Lockout:MaxFailedAttempts=4", "Database:SqlitePath=" + first.DatabasePath);
        await first.PersonAsync("Aiko Sato", "aiko@example.jp");

        for (var i = 0; i < 2; i++)
        {
            await first.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "wrong password " + i);
            await second.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "wrong password " + i);
        }

        Assert.Equal(HttpStatusCode.OK, (await first.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp")).StatusCode);
        Assert.NotNull(await new TestOrganisation(first.Service<Db>()).ScalarAsync<string?>("SELECT LockoutEnd FROM Credential"));
    }

    [Fact]
    public async Task Sign_in_and_sign_out_are_audited_without_the_password()
    {
        using var app = TestAccounts.Production();
        var id = await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", "a wrong secret phrase");
        await app.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp", TestAccounts.Password);
        await app.CreateBrowserClient().SignInWithPasswordAsync("typo@example.jp", "another wrong secret");
        var client = await app.SignedInAsync("aiko@example.jp");
        var home = await client.GetPageAsync("/");
        await client.SubmitAsync(home.Form("form.sign-out"), "/");

        var entries = await new TestOrganisation(app.Service<Db>()).QueryAsync<(string Action, long? ActorId, string? Detail)>("SELECT Action, ActorId, Detail FROM AuditEntry ORDER BY Id");

        Assert.Equal(["signin.failed", "signin.succeeded", "signin.failed", "signin.succeeded", "signout"], entries.Select(e => e.Action));
        Assert.Equal([id, id, null, id, id], entries.Select(e => e.ActorId));
        Assert.All(entries, e => Assert.DoesNotContain("secret", e.Detail ?? ""));
        Assert.All(entries, e => Assert.DoesNotContain(TestAccounts.Password, e.Detail ?? ""));
        Assert.All(entries, e => Assert.DoesNotContain("typo", e.Detail ?? ""));
    }

    [Fact]
    public async Task The_persons_own_language_applies_from_sign_in_on()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("佐藤 愛子", "aiko@example.jp", language: "ja");
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        Assert.Equal("en", (await client.GetPageAsync("/signin")).DocumentElement.GetAttribute("lang"));
        await client.SignInWithPasswordAsync("aiko@example.jp");

        Assert.Equal("ja", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Demo_people_cannot_sign_in_with_a_password_and_the_password_form_is_not_offered_in_demo_mode()
    {
        using var app = new SkillMapFactory();

        var response = await app.CreateBrowserClient().GetAsync("/signin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/demo/signin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_demo_session_ends_when_the_same_database_is_served_without_demo_mode()
    {
        using var demo = new SkillMapFactory();
        var client = demo.CreateBrowserClient();
        var name = await new TestOrganisation(demo.Service<Db>()).ScalarAsync<string>("SELECT MIN(DisplayName) FROM Person WHERE Role = 'member'");
        await client.SignInAsAsync(name);
        var cookie = (await client.GetAsync("/")).RequestMessage!.Headers.GetValues("Cookie").Single();
        Assert.Equal(name, await client.WhoAmIAsync());

        using var real = TestAccounts.Production("Database:SqlitePath=" + demo.DatabasePath);
        var carried = real.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false });
        carried.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Null(await carried.WhoAmIAsync());
    }
}
