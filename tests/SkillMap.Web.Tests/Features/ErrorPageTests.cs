using System.Net;
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
}
