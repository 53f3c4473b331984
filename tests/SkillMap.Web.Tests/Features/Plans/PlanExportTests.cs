using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;
using SkillMap.Web.Features.Plans.Export;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Plans;

public sealed class PlanExportTests(PlanFixture fixture) : IClassFixture<PlanFixture>
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";

    /// <summary>Aoi's first action carries a formula, a leading @, and Japanese text.</summary>
    private async Task PlantHostileTextAsync()
    {
        var planId = await fixture.PlanOfAsync(fixture.Aoi);
        await fixture.Org.ExecuteAsync(
            "UPDATE PlanAction SET Body = @body WHERE PlanId = @planId AND Position = 1", new { body = Formula, planId });
        await fixture.Org.ExecuteAsync(
            "UPDATE PlanAction SET Body = @body WHERE PlanId = @planId AND Position = 2", new { body = "@SUM(A1:A2) 障害報告を「確認済み／推測／不明」に分けて書く", planId });
    }

    private async Task<HttpResponseMessage> ExportAsync(HttpClient client, string query, string format)
    {
        var response = await client.GetAsync($"/plans/export?round={fixture.Round}&{query}&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return response;
    }

    [Fact]
    public async Task The_team_CSV_is_UTF8_with_BOM_in_the_documented_shape_with_formulas_neutralised()
    {
        await PlantHostileTextAsync();
        var manager = await fixture.SignedInAsync("Mia PlanManager");

        var response = await ExportAsync(manager, $"team={fixture.Team}&lang=en", "csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = new CsvReader(new StringReader(Encoding.UTF8.GetString(bytes[3..])), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        }
        Assert.Equal(ExportRow.Columns, rows[0]);
        var team = rows.Single(r => r[8] == "team");
        Assert.Equal(["", "", "", "Plan Team", "area.logic", "explicit"], [team[0], team[1], team[2], team[3], team[5], team[7]]);
        var aoi = rows.Where(r => r[2] == "Aoi Plan").ToList();
        Assert.Equal(5, aoi.Count);
        Assert.Equal("'" + Formula, aoi[0][9]);
        Assert.StartsWith("'@SUM", aoi[1][9]);
        Assert.All(rows.Skip(1), r => Assert.DoesNotMatch("^[=+\\-@\\t\\r]", string.Join("", r.Select(c => c.Length > 0 ? c[..1] : ""))));
        Assert.DoesNotContain(rows, r => r[2] == "Oscar Outsider");
    }

    [Fact]
    public async Task The_XLSX_opens_with_Japanese_intact_and_no_formula_cell()
    {
        await PlantHostileTextAsync();
        var manager = await fixture.SignedInAsync("Mia PlanManager", "ja");

        var response = await ExportAsync(manager, $"team={fixture.Team}&lang=ja", "xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            var parts = new Dictionary<string, string>();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                parts[entry.FullName] = await reader.ReadToEndAsync();
            }
            Assert.Contains(parts.Values, xml => xml.Contains("HYPERLINK", StringComparison.Ordinal));
            Assert.All(parts.Where(p => p.Key.StartsWith("xl/worksheets/", StringComparison.Ordinal)), p => Assert.DoesNotMatch("<(\\w+:)?f[ >]", p.Value));
        }
        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var aoi = rows.Where(r => (string)r["氏名"] == "Aoi Plan").ToList();
        Assert.Equal("'" + Formula, aoi[0]["アクション"]);
        Assert.Equal("'@SUM(A1:A2) 障害報告を「確認済み／推測／不明」に分けて書く", aoi[1]["アクション"]);
        Assert.Equal("Statement logic.a（ja）", aoi[0]["項目"]);
        Assert.Contains(rows, r => (string)r["アクション種別"] == "team" && ((string)r["アクション"]).Contains("論理能力", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JSON_and_Markdown_carry_the_same_rows_and_no_peer_identity()
    {
        var manager = await fixture.SignedInAsync("Mia PlanManager");

        var json = await (await ExportAsync(manager, $"person={fixture.Ben}&lang=en", "json")).Content.ReadAsStringAsync();
        var rows = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(ExportRow.Columns, r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.Equal("Ben Plan", r.GetProperty("display_name").GetString()));
        // Ben's peers were Aoi and Cho; nothing in his export names them.
        Assert.DoesNotContain("Aoi Plan", json);
        Assert.DoesNotContain("Cho Plan", json);

        var markdown = await (await ExportAsync(manager, $"person={fixture.Ben}&lang=en", "md")).Content.ReadAsStringAsync();
        Assert.Contains("### Ben Plan", markdown);
        Assert.Contains("Develop logic.b", markdown);

        var document = await manager.GetPageAsync($"/plans/document?round={fixture.Round}&person={fixture.Ben}");
        Assert.Contains("Develop logic.b", document.Text("#plan-document"));
    }

    [Fact]
    public async Task Every_download_is_in_the_audit_log_with_who_and_whose_plans_and_a_refused_one_is_not()
    {
        var manager = await fixture.SignedInAsync("Mia PlanManager");
        const string Sql = "SELECT Detail FROM AuditEntry WHERE Action = 'plans.exported' AND ActorId = @Mia AND TargetId = @Round ORDER BY Id";
        var before = (await fixture.Org.QueryAsync<string>(Sql, new { fixture.Mia, fixture.Round })).Count();

        await ExportAsync(manager, $"team={fixture.Team}", "xlsx");
        await manager.GetAsync($"/plans/export?round={fixture.Round}&team={fixture.OtherTeam}&format=csv");

        var details = await fixture.Org.QueryAsync<string>(Sql, new { fixture.Mia, fixture.Round });
        Assert.Equal(before + 1, details.Count());
        Assert.Equal($"xlsx, team {fixture.Team}", details.Last());

        // One person's own plan is an entry about that person, whose detail erasure clears.
        var member = await fixture.SignedInAsync("Aoi Plan");
        await ExportAsync(member, $"person={fixture.Aoi}", "json");
        var own = await fixture.Org.QueryAsync<(long ActorId, string TargetType, long TargetId, string Detail)>(
            "SELECT ActorId, TargetType, TargetId, Detail FROM AuditEntry WHERE Action = 'plans.exported' ORDER BY Id DESC LIMIT 1");
        Assert.Equal(((long)fixture.Aoi, "person", (long)fixture.Aoi, $"json, round {fixture.Round}"), own.Single());

        // The printable view shows the same plans, so opening it is recorded too.
        await manager.GetPageAsync($"/plans/document?round={fixture.Round}&team={fixture.Team}");
        Assert.Equal($"md (printable view), team {fixture.Team}", (await fixture.Org.QueryAsync<string>(Sql, new { fixture.Mia, fixture.Round })).Last());
    }

    [Fact]
    public async Task Exports_follow_the_access_matrix()
    {
        var member = await fixture.SignedInAsync("Aoi Plan");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/plans/export?round={fixture.Round}&person={fixture.Aoi}&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/plans/export?round={fixture.Round}&person={fixture.Ben}&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/plans/export?round={fixture.Round}&team={fixture.Team}&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/plans/export?round={fixture.Round}&format=csv")).StatusCode);

        var manager = await fixture.SignedInAsync("Mia PlanManager");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/plans/export?round={fixture.Round}&team={fixture.OtherTeam}&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/plans/export?round={fixture.Round}&format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/plans/export?round={fixture.Round}&team={fixture.Team}&format=pdf")).StatusCode);

        var admin = await fixture.SignedInAsync("山本 健一");
        var org = await (await ExportAsync(admin, "lang=en", "csv")).Content.ReadAsStringAsync();
        var actions = await fixture.Org.ScalarAsync<long>("SELECT COUNT(*) FROM PlanAction a JOIN TrainingPlan p ON p.Id = a.PlanId WHERE p.RoundId = @Round", new { fixture.Round });
        var teamActions = await fixture.Org.ScalarAsync<long>("SELECT COUNT(*) FROM TeamPlanAction WHERE RoundId = @Round", new { fixture.Round });
        using var csv = new CsvReader(new StringReader(org), CultureInfo.InvariantCulture);
        var lines = 0;
        while (csv.Read())
        {
            lines++;
        }
        Assert.Equal(1 + actions + teamActions, lines);
        Assert.Contains("Aoi Plan", org);
        Assert.Contains("Ben Plan", org);
    }
}
