using System.ComponentModel.DataAnnotations;
using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;
using SkillMap.Web.Text;

namespace SkillMap.Web.Tests.Text;

/// <summary>Text fields take Japanese and emoji as a person counts them, refuse too much with a message, and show hostile text as text.</summary>
public sealed class TextFieldTests
{
    private const string Markup = "<img src=x onerror=alert(1)><script>alert(1)</script>'; DROP TABLE Person;--";
    private const string Formula = "=HYPERLINK(\"https://evil.example\",\"x\")";

    private static async Task<HttpResponseMessage> SetUpAsync(HttpClient client, string name)
    {
        var page = await client.GetPageAsync("/setup");
        return await client.SubmitAsync(page.Form("#setup-form"), "/setup",
        [
            new("Input.DisplayName", name),
            new("Input.Email", "taro@example.jp"),
            new("Input.Password", TestAccounts.Password),
            new("Input.ConfirmPassword", TestAccounts.Password),
        ]);
    }

    private static void AssertInert(IHtmlDocument page)
    {
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.All(page.Scripts, s => Assert.True(s.Source is { Length: > 0 } || s.Type == "application/json", s.OuterHtml));
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
    }

    [Fact]
    public async Task A_name_of_a_hundred_Japanese_and_emoji_characters_is_kept_exactly()
    {
        using var app = TestAccounts.Production();
        var client = app.CreateBrowserClient();
        var name = string.Concat(Enumerable.Repeat("運用🧑‍💻", 33)) + "あ";

        var response = await SetUpAsync(client, name);

        Assert.Equal(100, SkillMap.Core.Text.VisibleText.Length(name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(name, await client.WhoAmIAsync());
        Assert.Equal(name, await new TestOrganisation(app.Service<Db>()).ScalarAsync<string>("SELECT DisplayName FROM Person"));
    }

    [Theory]
    [InlineData(101)]
    [InlineData(1000)]
    public async Task A_longer_name_is_refused_with_a_message_and_nothing_is_stored(int length)
    {
        using var app = TestAccounts.Production();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await SetUpAsync(client, string.Concat(Enumerable.Repeat("😀", length)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your name can have at most 100 characters.", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(0, await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
    }

    [Fact]
    public async Task Script_HTML_SQL_and_formula_names_come_back_as_plain_text()
    {
        using var app = TestAccounts.Production();
        var admin = app.CreateBrowserClient();
        await SetUpAsync(admin, Markup);
        var formula = await app.PersonAsync(Formula, "formula@example.jp", password: null);

        var home = await admin.GetPageAsync("/");
        var invite = await admin.GetPageAsync($"/admin/people/{formula}/invitation");
        var link = new Uri(((IHtmlInputElement)(await Html.ParseAsync(await admin.SubmitAsync(invite.Form("#invite-form"), $"/admin/people/{formula}/invitation"))).QuerySelector("#invitation-link")!).Value).PathAndQuery;
        var accept = await app.CreateBrowserClient().GetPageAsync(link);

        Assert.Equal(Markup, home.Text(".person-name"));
        Assert.Contains(Formula, invite.Text("h1"));
        Assert.Contains(Formula, invite.Title);
        Assert.Contains(Formula, accept.Text(".lead"));
        AssertInert(home);
        AssertInert(invite);
        AssertInert(accept);
        Assert.Equal(2, await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
    }

    private sealed class Note
    {
        [TextLimit]
        public string? Body { get; set; }
    }

    [Fact]
    public void A_free_text_field_takes_a_thousand_visible_characters_and_refuses_one_more()
    {
        // 👍🏽 is one character on screen and four UTF-16 units: a thousand fill NVARCHAR(4000) exactly.
        var thousand = string.Concat(Enumerable.Repeat("👍🏽", 1000));
        var fits = new Note { Body = thousand };
        var tooLong = new Note { Body = thousand + "あ" };
        var results = new List<ValidationResult>();

        Assert.True(Validator.TryValidateObject(fits, new ValidationContext(fits), results, validateAllProperties: true));
        Assert.False(Validator.TryValidateObject(tooLong, new ValidationContext(tooLong), results, validateAllProperties: true));
        Assert.Contains("1000", Assert.Single(results).ErrorMessage);
    }
}
