using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Organisation;

public sealed class ImportExportTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private const string Header = "email,employee_number,display_name,name_reading,team,parent_unit,role,language,manages";

    static ImportExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private TestOrganisation Org => new(app.Service<Db>());

    private Task<HttpClient> AdminAsync(string language = "en") => app.ClientAsAsync("山本 健一", language);

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, byte[] file, string fileName = "org.csv")
    {
        var page = await client.GetPageAsync("/admin/organisation/import");
        var form = page.Form("#import-upload");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields().Where(f => f.Key != "upload"))
        {
            content.Add(new StringContent(value), name);
        }
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(bytes, "upload", fileName);
        var response = await client.PostAsync("/admin/organisation/import?handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, IHtmlDocument preview)
    {
        var form = preview.Form("#apply-import");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields())
        {
            content.Add(new StringContent(value), name);
        }
        return await client.PostAsync("/admin/organisation/import?handler=Apply", content);
    }

    private static byte[] Utf8(string text, bool bom) => [.. (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []), .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public async Task A_preview_shows_what_will_be_created_and_changed_and_apply_lands_all_of_it()
    {
        var t = Tag();
        var existing = await Org.PersonAsync($"Existing {t}", null);
        await Org.ExecuteAsync("UPDATE Person SET Email = @e, NormalizedEmail = UPPER(@e) WHERE Id = @existing", new { e = $"existing.{t}@example.com", existing });
        var csv = $"""
            {Header}
            lead.{t}@example.com,L{t},リーダー {t},りーだー,,,manager,ja,基盤 {t};SRE {t}
            a.{t}@example.com,A{t},青木 {t},あおき,基盤 {t},運用本部 {t}/基盤課,member,ja,
            b.{t}@example.com,,Ben {t},,SRE {t},運用本部 {t},,en,
            existing.{t}@example.com,,,,SRE {t},,,,
            """;
        var client = await AdminAsync();

        var preview = await UploadAsync(client, Utf8(csv, bom: true));

        Assert.Null(preview.QuerySelector("#import-problems"));
        Assert.Contains("UTF-8", preview.Text("#import-encoding"));
        Assert.Equal(["create", "create", "create", "update"], preview.QuerySelectorAll("#people-changes tbody tr").Select(r => r.GetAttribute("data-kind")!));
        Assert.Equal($"team: — → SRE {t}", preview.QuerySelector("#people-changes tr[data-line='5'] li[data-field='team']")!.TextContent.Trim());
        Assert.Equal([$"運用本部 {t}", $"運用本部 {t}/基盤課"], preview.QuerySelectorAll("#new-units li").Select(li => li.TextContent.Trim()));
        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE Email = @e", new { e = $"a.{t}@example.com" }));

        var applied = await ApplyAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Contains("3 people added, 1 changed, 2 teams and 2 units created", (await client.GetPageAsync("/admin/organisation/import")).Text("#status-message"));
        var aoki = await Org.QueryAsync<(string Team, string Unit, string Parent)>("""
            SELECT t.Name, u.Name, pu.Name FROM Person p JOIN TeamMembership m ON m.PersonId = p.Id AND m.ToDate IS NULL
            JOIN Team t ON t.Id = m.TeamId JOIN OrgUnit u ON u.Id = t.UnitId JOIN OrgUnit pu ON pu.Id = u.ParentId WHERE p.Email = @e
            """, new { e = $"a.{t}@example.com" });
        Assert.Equal(($"基盤 {t}", "基盤課", $"運用本部 {t}"), Assert.Single(aoki));
        Assert.Equal([$"SRE {t}", $"基盤 {t}"], (await Org.QueryAsync<string>(
            "SELECT t.Name FROM TeamManager tm JOIN Team t ON t.Id = tm.TeamId JOIN Person p ON p.Id = tm.PersonId WHERE p.Email = @e", new { e = $"lead.{t}@example.com" })).Order(StringComparer.Ordinal));
        Assert.Equal($"SRE {t}", await Org.ScalarAsync<string>("SELECT t.Name FROM TeamMembership m JOIN Team t ON t.Id = m.TeamId WHERE m.PersonId = @existing AND m.ToDate IS NULL", new { existing }));
        Assert.Equal("en", await Org.ScalarAsync<string>("SELECT Language FROM Person WHERE Email = @e", new { e = $"b.{t}@example.com" }));
        Assert.Contains("organisation.imported", await Org.QueryAsync<string>("SELECT Action FROM AuditEntry"));
    }

    [Fact]
    public async Task A_file_without_a_byte_order_mark_is_read_as_UTF8()
    {
        var t = Tag();
        var client = await AdminAsync();

        var preview = await UploadAsync(client, Utf8($"{Header}\nnobom.{t}@example.com,,髙橋 﨑 {t},たかはし,,,,,\n", bom: false));

        Assert.Contains("UTF-8", preview.Text("#import-encoding"));
        Assert.Equal($"髙橋 﨑 {t}", preview.QuerySelector("#people-changes tbody tr td:nth-child(3)")!.TextContent);
    }

    [Fact]
    public async Task A_Shift_JIS_file_from_Japanese_Excel_is_read_correctly()
    {
        var t = Tag();
        var csv = $"{Header}\r\nsjis.{t}@example.com,００４２,髙橋 ①子 {t},ﾀｶﾊｼ ｲﾁｺ,運用チーム {t},,member,ja,\r\n";
        var client = await AdminAsync("ja");

        var preview = await UploadAsync(client, Encoding.GetEncoding(932).GetBytes(csv));

        Assert.Contains("Shift_JIS", preview.Text("#import-encoding"));
        await ApplyAsync(client, preview);
        var stored = await Org.QueryAsync<(string Name, string Reading, string Number)>(
            "SELECT DisplayName, NameReading, EmployeeNumber FROM Person WHERE Email = @e", new { e = $"sjis.{t}@example.com" });
        Assert.Equal(($"髙橋 ①子 {t}", "タカハシ イチコ", "0042"), Assert.Single(stored));
    }

    [Theory]
    [InlineData("utf16", "UTF-16")]
    [InlineData("latin1", "neither UTF-8 nor Shift_JIS")]
    [InlineData("xlsx", "Excel workbook")]
    [InlineData("empty", "The file is empty")]
    public async Task A_file_that_cannot_be_read_is_refused_with_a_message_saying_how_to_save_it(string kind, string message)
    {
        var text = $"{Header}\nx@example.com,,Zoë Ångström,,,,,,\n";
        var file = kind switch
        {
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            // Latin-1 bytes such as 0xEB 0x20 are invalid in both UTF-8 and Shift_JIS.
            "latin1" => Encoding.Latin1.GetBytes(text.Replace("Zoë Ångström", "Zo\u00eb \u00ff\u00fd\u00fe", StringComparison.Ordinal)),
            "xlsx" => [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0],
            _ => Array.Empty<byte>(),
        };
        var client = await AdminAsync();

        var page = kind == "empty" ? await UploadEmptyAsync(client) : await UploadAsync(client, file);

        Assert.Contains(message, page.Text("#file-error"));
        Assert.Null(page.QuerySelector("#apply-import"));
    }

    private static async Task<IHtmlDocument> UploadEmptyAsync(HttpClient client)
    {
        var token = await client.AntiforgeryTokenAsync("/admin/organisation/import");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent([]), "upload", "empty.csv" } };
        return await Html.ParseAsync(await client.PostAsync("/admin/organisation/import?handler=Preview", content));
    }

    [Fact]
    public async Task Every_problem_is_listed_by_line_and_column_and_nothing_is_changed()
    {
        var t = Tag();
        var csv = $"""
            {Header}
            good.{t}@example.com,,Good {t},,Fine {t},,,,
            bad-email,,Bad,,,,,,
            dup.{t}@example.com,,Dup,,,,boss,fr,
            dup.{t}@example.com,,Dup again,,,,,,
            """;
        var client = await AdminAsync();
        var people = await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person");

        var preview = await UploadAsync(client, Utf8(csv, bom: true));

        var problems = preview.QuerySelectorAll("#problem-list tbody tr").Select(r => (r.GetAttribute("data-line"), r.GetAttribute("data-column"))).ToList();
        Assert.Equal([("3", "email"), ("4", "role"), ("4", "language"), ("5", "email")], problems);
        Assert.Contains("already on line 4", preview.QuerySelector("#problem-list tr[data-line='5']")!.TextContent);
        Assert.Null(preview.QuerySelector("#apply-import"));
        Assert.Equal(people, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person"));
        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Team WHERE Name = @n", new { n = $"Fine {t}" }));
    }

    [Fact]
    public async Task Wrong_headers_are_named()
    {
        var client = await AdminAsync();

        var preview = await UploadAsync(client, Utf8("email,name,team\nx@example.com,X,Y\n", bom: true));

        var codes = preview.QuerySelectorAll("#problem-list tbody tr").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Equal(["unknown-header", "missing-header"], codes);
        Assert.Contains("employee_number, display_name", preview.Text("#problem-list"));
    }

    [Fact]
    public async Task Applying_after_the_organisation_changed_shows_the_new_preview_and_changes_nothing()
    {
        var t = Tag();
        var teamId = await Org.TeamAsync($"Before {t}");
        var person = await Org.PersonAsync($"Racer {t}", teamId);
        await Org.ExecuteAsync("UPDATE Person SET Email = @e, NormalizedEmail = UPPER(@e) WHERE Id = @person", new { e = $"racer.{t}@example.com", person });
        var client = await AdminAsync();
        var preview = await UploadAsync(client, Utf8($"{Header}\nracer.{t}@example.com,,,,After {t},,,,\nnew.{t}@example.com,,New {t},,,,,,\n", bom: true));
        // Someone else moves the person between the preview and the apply.
        var elsewhere = await Org.TeamAsync($"Elsewhere {t}");
        await Org.ExecuteAsync("UPDATE TeamMembership SET TeamId = @elsewhere WHERE PersonId = @person", new { elsewhere, person });

        var response = await ApplyAsync(client, preview);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed since the preview", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Person WHERE Email = @e", new { e = $"new.{t}@example.com" }));
        Assert.Equal(0, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM Team WHERE Name = @n", new { n = $"After {t}" }));
    }

    [Fact]
    public async Task Full_width_emails_and_numbers_are_normalised_and_find_the_existing_person()
    {
        var t = Tag();
        var person = await Org.PersonAsync($"Zenkaku {t}", null);
        await Org.ExecuteAsync("UPDATE Person SET Email = @e, NormalizedEmail = UPPER(@e), EmployeeNumber = @n WHERE Id = @person", new { e = $"zen.{t}@example.com", n = $"77{t}", person });
        var wide = ToFullWidth($"ZEN.{t}@EXAMPLE.COM");
        var client = await AdminAsync();

        var preview = await UploadAsync(client, Utf8($"{Header}\n{wide},{ToFullWidth($"77{t}")},,,,,,ja,\n", bom: true));

        var row = preview.QuerySelector("#people-changes tbody tr")!;
        Assert.Equal("update", row.GetAttribute("data-kind"));
        Assert.Equal(["language"], row.QuerySelectorAll("li").Select(li => li.GetAttribute("data-field")!));
    }

    private static string ToFullWidth(string ascii) => string.Concat(ascii.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c));

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task The_import_page_the_Import_Export_menu_opens_links_to_the_export_to_start_from(string language)
    {
        var client = await AdminAsync(language);

        var page = await client.GetPageAsync("/admin/organisation/import");

        var link = page.QuerySelector("#import-export-hint a#import-export-link");
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    [Fact]
    public async Task The_export_is_UTF8_with_BOM_in_the_import_shape_with_formulas_neutralised_and_reimports_unchanged()
    {
        var t = Tag();
        var teamId = await Org.TeamAsync($"=HYPERLINK(\"http://evil\") {t}");
        var person = await Org.PersonAsync($"-2+3 {t}", teamId);
        await Org.ExecuteAsync("UPDATE Person SET Email = @e, NormalizedEmail = UPPER(@e), NameReading = '@reading' WHERE Id = @person", new { e = $"formula.{t}@example.com", person });
        var client = await AdminAsync();

        var response = await client.GetAsync("/admin/organisation/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(Header + "\r\n", text);
        var line = text.Split("\r\n").Single(l => l.Contains($"formula.{t}", StringComparison.Ordinal));
        Assert.Contains($"'-2+3 {t}", line);
        Assert.Contains("'@reading", line);
        Assert.Contains($"\"'=HYPERLINK(\"\"http://evil\"\") {t}\"", line);
        Assert.Contains("山本 健一", text);
        Assert.Contains("organisation.exported", await Org.QueryAsync<string>("SELECT Action FROM AuditEntry"));

        var preview = await UploadAsync(client, bytes);

        Assert.Null(preview.QuerySelector("#import-problems"));
        Assert.Empty(preview.QuerySelectorAll("#people-changes tbody tr"));
    }

    [Fact]
    public async Task Only_admins_import_and_export()
    {
        var client = await app.ClientAsAsync("Sarah Mitchell");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/organisation/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/organisation/export")).StatusCode);
    }
}
