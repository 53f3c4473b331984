using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Organisation;

/// <summary>
/// The organisation CSV on the real server (Kestrel enforces body limits; the in-memory test server
/// does not), with the app's default 1 MiB body limit for every other page.
/// </summary>
public sealed class ImportSizeTests : IAsyncLifetime
{
    private const string Header = "email,employee_number,display_name,name_reading,team,parent_unit,role,language,manages";

    private readonly SkillMapFactory app = TestAccounts.Production("environment=Development");
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        app.UseKestrel(0);
        app.StartServer();
        await app.PersonAsync("Import Admin", "import.admin@example.jp", role: "admin");
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInWithPasswordAsync("import.admin@example.jp")).StatusCode);
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        app.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A realistic file: Japanese names and readings, teams of seven under units, about 130 bytes a line.</summary>
    private static byte[] People(int count)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= count; i++)
        {
            text.Append($"p{i:D5}@example.co.jp,EMP{i:D6},山田 太郎{i:D5},やまだ たろう,運用チーム{i / 7:D4},運用本部/第{i / 7 % 20}課,member,ja,\n");
        }
        return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] file)
    {
        var token = await client.AntiforgeryTokenAsync("/admin/organisation/import");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(bytes, "upload", "people.csv");
        return await client.PostAsync("/admin/organisation/import?handler=Preview", content);
    }

    [Fact]
    public async Task Ten_thousand_people_in_a_file_over_the_app_body_limit_are_previewed_and_applied()
    {
        var file = People(10_000);
        Assert.InRange(file.Length, 1024 * 1024 + 1, 2 * 1024 * 1024);

        var response = await UploadAsync(file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await Html.ParseAsync(response);
        Assert.Null(preview.QuerySelector("#file-error"));
        var problems = preview.QuerySelector("#import-problems");
        Assert.True(problems is null, problems?.TextContent);
        Assert.Equal(10_000, preview.QuerySelectorAll("#people-changes tbody tr[data-kind=create]").Length);

        // Apply posts the whole text back: also over the 1 MiB every other page is held to.
        var form = preview.Form("#apply-import");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields())
        {
            content.Add(new StringContent(value), name);
        }
        var applied = await client.PostAsync("/admin/organisation/import?handler=Apply", content);

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(10_000, await new TestOrganisation(app.Service<Db>()).ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE Email LIKE 'p%@example.co.jp'"));
    }

    [Fact]
    public async Task A_file_somewhat_over_the_file_limit_gets_the_import_page_saying_how_large_a_file_may_be()
    {
        var file = new byte[5 * 1024 * 1024];
        Array.Fill(file, (byte)'a');

        var response = await UploadAsync(file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("The file is larger than 4 MB.", page.Text("#file-error"));
        Assert.Equal("Files up to 4 MB and 20,000 lines; 10,000 people make about 1.2 MB.", page.Text("#import-limit"));
        Assert.NotNull(page.QuerySelector("#import-upload"));
    }
}
