using System.Net;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

public sealed class SetupTests
{
    private static KeyValuePair<string, string>[] Admin(string name = "Yamada Taro", string email = "taro@example.jp", string password = TestAccounts.Password) =>
    [
        new("Input.DisplayName", name),
        new("Input.Email", email),
        new("Input.Password", password),
        new("Input.ConfirmPassword", password),
    ];

    [Fact]
    public async Task A_new_install_is_set_up_once_with_a_first_admin_and_the_page_is_gone_afterwards()
    {
        using var app = TestAccounts.Production();
        var client = app.CreateBrowserClient();
        var signIn = await client.GetPageAsync("/signin");
        Assert.NotNull(signIn.QuerySelector("#setup-needed a[href='/setup']"));

        var setup = await client.GetPageAsync("/setup");
        var intruder = app.CreateBrowserClient();
        var lateForm = (await intruder.GetPageAsync("/setup")).Form("#setup-form");
        var response = await client.SubmitAsync(setup.Form("#setup-form"), "/setup", Admin(email: "Taro@Example.jp"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Yamada Taro", await client.WhoAmIAsync());
        var org = new TestOrganisation(app.Service<Db>());
        var admin = await org.QueryAsync<(string Role, string NormalizedEmail, string PasswordHash)>(
            "SELECT p.Role, p.NormalizedEmail, c.PasswordHash FROM Person p JOIN Credential c ON c.PersonId = p.Id");
        Assert.Equal(("admin", "TARO@EXAMPLE.JP"), (admin.Single().Role, admin.Single().NormalizedEmail));
        Assert.DoesNotContain(TestAccounts.Password, admin.Single().PasswordHash);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.SubmitAsync(lateForm, "/setup", Admin("Intruder", "x@example.jp"))).StatusCode);
        Assert.Null((await app.CreateBrowserClient().GetPageAsync("/signin")).QuerySelector("#setup-needed"));
        Assert.Equal(1, await org.ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("taro@example.jp")).StatusCode);
    }

    [Fact]
    public async Task Two_setups_racing_create_exactly_one_admin()
    {
        using var app = TestAccounts.Production();
        var clients = Enumerable.Range(0, 4).Select(_ => app.CreateBrowserClient()).ToList();
        var forms = new List<AngleSharp.Html.Dom.IHtmlFormElement>();
        foreach (var client in clients)
        {
            forms.Add((await client.GetPageAsync("/setup")).Form("#setup-form"));
        }

        var responses = await Task.WhenAll(clients.Select((client, i) => client.SubmitAsync(forms[i], "/setup", Admin($"Admin {i}", $"admin{i}@example.jp"))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(1, await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE Role = 'admin'"));
    }

    [Fact]
    public async Task Demo_mode_has_no_setup_page()
    {
        using var app = new SkillMapFactory();

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync("/setup")).StatusCode);
    }

    [Theory]
    [InlineData("", "taro@example.jp", TestAccounts.Password, TestAccounts.Password, "Your name is required.")]
    [InlineData("Yamada Taro", "taro", TestAccounts.Password, TestAccounts.Password, "Enter an email address like name@example.jp.")]
    [InlineData("Yamada Taro", "taro@example.jp", "short", "short", "A password needs at least 12 characters.")]
    [InlineData("Yamada Taro", "taro@example.jp", TestAccounts.Password, "something else entirely", "The two passwords are not the same.")]
    [InlineData("Yamada Taro", "taro@example.jp", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "This password is too easy to guess. Choose a longer or less predictable one.")]
    public async Task Bad_setup_input_gets_a_message_and_creates_nothing(string name, string email, string password, string confirmation, string message)
    {
        using var app = TestAccounts.Production();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var setup = await client.GetPageAsync("/setup");

        var response = await client.SubmitAsync(setup.Form("#setup-form"), "/setup",
            [new("Input.DisplayName", name), new("Input.Email", email), new("Input.Password", password), new("Input.ConfirmPassword", confirmation)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(0, await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
    }

    [Fact]
    public async Task Setup_messages_come_in_Japanese_for_a_Japanese_browser()
    {
        using var app = TestAccounts.Production();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ja");
        var setup = await client.GetPageAsync("/setup");

        var response = await client.SubmitAsync(setup.Form("#setup-form"), "/setup", Admin(password: "短い"));

        Assert.Contains("パスワードは 12 文字以上にしてください。", (await Html.ParseAsync(response)).Text("#error-summary"));
    }
}
