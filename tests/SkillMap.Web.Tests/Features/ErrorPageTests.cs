using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features;

public sealed class ErrorPageTests
{
    [Theory]
    [InlineData("ja", "ページが見つかりません")]
    [InlineData("en", "Page not found")]
    public async Task An_unknown_address_gets_a_friendly_404_in_the_reader_language(string language, string title)
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(title, (await Html.ParseAsync(response)).Text("h1"));
    }

    [Fact]
    public async Task Switching_language_on_a_404_page_returns_to_the_address_asked_for_not_to_the_error_page()
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();

        var html = await (await client.GetAsync("/no/such/page?x=1")).Content.ReadAsStringAsync();

        Assert.Contains("/language/en?returnUrl=%2Fno%2Fsuch%2Fpage%3Fx%3D1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("returnUrl=%2Ferror", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_failure_shows_the_error_page_without_stack_trace_or_sql()
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await client.SignInAsAsync("佐藤 美咲");
        await using (var connection = new SqliteConnection($"Data Source={app.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "PRAGMA foreign_keys = OFF; DROP TABLE Sheet;";
            await drop.ExecuteNonQueryAsync();
        }

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain("Sheet", html);
        Assert.DoesNotContain("SELECT", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at ", html);
    }

    [Theory]
    [InlineData("en", "This form expired", "reload")]
    [InlineData("ja", "フォームの有効期限が切れました", "再読み込み")]
    public async Task A_post_whose_form_expired_gets_a_friendly_400_with_a_way_back_in_the_reader_language(string language, string title, string text)
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        // The form was opened in one browser session; the post arrives from another one (the session
        // cookie that pairs with the form's token is gone, as after a browser restart).
        var opened = app.CreateBrowserClient();
        var form = (await opened.GetPageAsync("/signin")).Form("#sign-in-form");
        var later = app.CreateBrowserClient();
        later.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await later.GetAsync("/signin");

        var response = await later.SubmitAsync(form, "/signin", [new("Input.Email", "aiko@example.jp"), new("Input.Password", TestAccounts.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(title, page.Text("h1"));
        Assert.Contains(text, page.Text("#error-text"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/signin", page.QuerySelector("#error-retry")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#error-home"));
        Assert.Null(await later.WhoAmIAsync());
    }

    [Fact]
    public async Task A_form_reached_over_plain_http_outside_Development_is_refused_with_a_friendly_400_never_a_500()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        // A proxy that terminates TLS but whose forwarded headers do not reach SkillMap looks like this.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var form = await client.GetAsync("/signin");
        var post = await client.PostAsync("/signin", new FormUrlEncodedContent([new("Input.Email", "aiko@example.jp"), new("Input.Password", TestAccounts.Password), new("__RequestVerificationToken", "x")]));

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        var page = await Html.ParseAsync(post);
        Assert.Contains("This form expired", page.Text("h1"));
        Assert.Contains("https://", page.Text("#error-https"));
    }

    [Theory]
    [InlineData("en", "Too many attempts", "wait 120 seconds")]
    [InlineData("ja", "操作が多すぎます", "120 秒")]
    public async Task Too_many_requests_says_how_long_to_wait_from_Retry_After(string language, string title, string wait)
    {
        using var app = TestAccounts.Production("RateLimits:Account:PermitLimit=1", "RateLimits:Account:WindowSeconds=120");
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInWithPasswordAsync("nobody@example.jp", "wrong password 1");

        var limited = await client.SignInWithPasswordAsync("nobody@example.jp", "wrong password 2");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var seconds = limited.Headers.GetValues("Retry-After").Single();
        var page = await Html.ParseAsync(limited);
        Assert.Contains(title, page.Text("h1"));
        Assert.Contains(wait.Replace("120", seconds, StringComparison.Ordinal), page.Text("#error-text"));
        Assert.Equal("/signin", page.QuerySelector("#error-retry")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "This address cannot be used that way")]
    [InlineData("ja", "このアドレスはその操作に対応していません")]
    public async Task A_method_an_address_does_not_take_gets_a_405_page_that_says_so(string language, string title)
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await client.DeleteAsync("/healthz");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(title, page.Text("h1"));
        Assert.NotNull(page.QuerySelector("#error-home"));
    }

    [Theory]
    [InlineData("en", "This request could not be used", "format")]
    [InlineData("ja", "このリクエストは処理できません", "形式")]
    public async Task A_bad_request_gets_a_400_page_with_what_was_wrong_not_the_server_error_text(string language, string title, string detail)
    {
        using var app = new SkillMapFactory();
        var client = await app.ClientAsAsync("山本 健一", language);
        var round = await new TestOrganisation(app.Service<SkillMap.Web.Data.Db>()).ScalarAsync<long>("SELECT MIN(Id) FROM Round WHERE Status = 'closed'");

        var response = await client.GetAsync($"/plans/export?round={round}&format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(title, page.Text("h1"));
        Assert.Contains(detail, page.Text("#error-detail"));
        Assert.DoesNotContain("Something went wrong", page.Body!.TextContent);
    }

    [Fact]
    public async Task Error_pages_show_no_exception_details_and_mark_nothing_in_the_navigation_as_current()
    {
        using var app = new SkillMapFactory();
        var client = await app.ClientAsAsync("山本 健一");

        var page = await client.GetPageAsync("/no/such/page", HttpStatusCode.NotFound);

        Assert.Empty(page.QuerySelectorAll("header [aria-current=page]"));
        Assert.Equal("/", page.QuerySelector("#error-home")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "larger than 32 MB")]
    [InlineData("ja", "32 MB を超えている")]
    public async Task An_upload_far_over_the_page_limit_gets_the_413_page_with_the_limit_and_a_way_back(string language, string text)
    {
        using var app = new SkillMapFactory();
        var client = await app.ClientAsAsync("山本 健一", language);
        var token = await client.AntiforgeryTokenAsync("/admin/organisation/import");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(new byte[40 * 1024 * 1024]), "upload", "people.csv" } };

        var response = await client.PostAsync("/admin/organisation/import?handler=Preview", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(text, page.Text("#error-text"));
        Assert.Equal("/admin/organisation/import", page.QuerySelector("#error-retry")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_form_over_the_app_body_limit_gets_the_413_page_not_a_bare_status()
    {
        using var app = TestAccounts.Production();
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var token = await client.AntiforgeryTokenAsync("/signin");

        var response = await client.PostAsync("/signin?returnUrl=%2Fplans", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Email", new string('a', 2 * 1024 * 1024))]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("What you sent is too large", page.Text("h1"));
        Assert.Contains("larger than 1 MB", page.Text("#error-text"));
        Assert.Equal("/signin?returnUrl=%2Fplans", page.QuerySelector("#error-retry")?.GetAttribute("href"));
    }
}
