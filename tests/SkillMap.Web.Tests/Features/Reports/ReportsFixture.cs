using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Reports;

/// <summary>
/// An organisation with exactly known answers (threshold 3):
/// Team A — Aoi (3 peers: a blind spot on logic.a, a hidden strength on logic.b, abstraction.a seen by
/// only two), Ben (2 peers who gave only 1s: hidden everywhere), Cho (4 peers, all 4s), Dan and Eve
/// (no peers; Mia rates Dan, 1 on logic.a against his own 3); managed by Mia and Max, who both rate Aoi. Team B — an outsider managed by Bob.
/// Team C — three people who each rate the other two (every peer cell hidden), also managed by Mia.
/// Team D — eight people, no rounds. Round One (older) and Round Two closed; Round Three open.
/// Units: Ops Division (部) → Platform Section (課: Team A) and Quiet Section (課: Team C, every peer
/// cell hidden); Empty Division holds only Team D; Team B sits in no unit.
/// </summary>
public sealed class ReportsFixture : IAsyncLifetime
{
    public SkillMapFactory App { get; } = new();
    public TestOrganisation Org { get; private set; } = null!;
    public Dictionary<string, int> Items { get; private set; } = [];
    public int TeamA { get; private set; }
    public int TeamB { get; private set; }
    public int TeamC { get; private set; }
    public int TeamD { get; private set; }
    public int Aoi { get; private set; }
    public int Ben { get; private set; }
    public int Cho { get; private set; }
    public int Dan { get; private set; }
    public int Mia { get; private set; }
    public int OpsDivision { get; private set; }
    public int PlatformSection { get; private set; }
    public int QuietSection { get; private set; }
    public int EmptyDivision { get; private set; }
    public int RoundOne { get; private set; }
    public int RoundTwo { get; private set; }
    public int OpenRound { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Org = new TestOrganisation(App.Service<Db>());
        var model = await Org.ModelAsync();
        Items = await Org.ItemIdsAsync(model);
        TeamA = await Org.TeamAsync("Team A");
        TeamB = await Org.TeamAsync("Team B");
        TeamC = await Org.TeamAsync("Team C");
        TeamD = await Org.TeamAsync("Team D");
        Aoi = await Org.PersonAsync("Aoi Test", TeamA);
        Ben = await Org.PersonAsync("Ben Test", TeamA);
        Cho = await Org.PersonAsync("Cho Test", TeamA);
        var dan = Dan = await Org.PersonAsync("Dan Test", TeamA);
        var eve = await Org.PersonAsync("Eve Test", TeamA);
        Mia = await Org.PersonAsync("Mia Manager", null, role: "manager");
        var max = await Org.PersonAsync("Max Manager", null, role: "manager");
        var bob = await Org.PersonAsync("Bob Manager", null, role: "manager");
        await Org.ManagerAsync(TeamA, Mia);
        await Org.ManagerAsync(TeamA, max);
        await Org.ManagerAsync(TeamB, bob);
        await Org.ManagerAsync(TeamC, Mia);
        await Org.PersonAsync("Outsider Test", TeamB);
        var kai = await Org.PersonAsync("Kai Test", TeamC);
        var lea = await Org.PersonAsync("Lea Test", TeamC);
        var mo = await Org.PersonAsync("Mo Test", TeamC);
        for (var i = 0; i < 8; i++)
        {
            await Org.PersonAsync($"Big Team {i}", TeamD);
        }

        OpsDivision = await UnitAsync("Ops Division", null);
        PlatformSection = await UnitAsync("Platform Section", OpsDivision, TeamA);
        QuietSection = await UnitAsync("Quiet Section", OpsDivision, TeamC);
        EmptyDivision = await UnitAsync("Empty Division", null, TeamD);

        // Round One: Aoi's peers saw logic.a at 2; she rated herself 4.
        RoundOne = await Org.RoundAsync(model, "open", TeamA, TeamC);
        await Org.SheetAsync(RoundOne, "self", Aoi, Aoi, TeamA, Personal(4, 3, 3, 3, 3));
        foreach (var peer in new[] { Ben, Cho, dan })
        {
            await Org.SheetAsync(RoundOne, "peer", peer, Aoi, TeamA, Personal(2, 3, 3, 3, 3));
        }
        await CloseAsync(RoundOne, "Round One", daysAgo: 200);

        RoundTwo = await Org.RoundAsync(model, "open", TeamA, TeamC);
        await Org.SheetAsync(RoundTwo, "self", Aoi, Aoi, TeamA, Personal(5, 2, 4, 3, 4));
        foreach (var person in new[] { Ben, Cho, dan, eve })
        {
            await Org.SheetAsync(RoundTwo, "self", person, person, TeamA, Personal(3, 3, 3, 3, 3));
        }
        var fromBen = await Org.SheetAsync(RoundTwo, "peer", Ben, Aoi, TeamA, Personal(3, 4, 1, 3, 4));
        var fromCho = await Org.SheetAsync(RoundTwo, "peer", Cho, Aoi, TeamA, Personal(3, 4, 1, 3, 5));
        var fromDan = await Org.SheetAsync(RoundTwo, "peer", dan, Aoi, TeamA, Personal(4, 3, null, 3, 4));
        await CommentAsync(fromBen, "logic.a", "Clear incident write-ups");
        await CommentAsync(fromCho, "conduct.a", "Always leaves the runbook better than she found it");
        await CommentAsync(fromDan, "mindset.a", "A remark a manager hid");
        // Ben: two peers, only 1s, and a comment that must never be shown.
        var aboutBen = await Org.SheetAsync(RoundTwo, "peer", Aoi, Ben, TeamA, Personal(1, 1, 1, 1, 1));
        await Org.SheetAsync(RoundTwo, "peer", Cho, Ben, TeamA, Personal(1, 1, 1, 1, 1));
        await CommentAsync(aboutBen, "logic.a", "Ben secret comment");
        foreach (var peer in new[] { Aoi, Ben, dan, eve })
        {
            await Org.SheetAsync(RoundTwo, "peer", peer, Cho, TeamA, Personal(4, 4, 4, 4, 4));
        }
        var fromMia = await Org.SheetAsync(RoundTwo, "manager", Mia, Aoi, TeamA, Personal(3, 4, 3, 3, 4));
        await Org.SheetAsync(RoundTwo, "manager", max, Aoi, TeamA, Personal(4, 5, 4, 4, 5));
        await CommentAsync(fromMia, "logic.b", "Mia notes strong reasoning in reviews");
        await Org.SheetAsync(RoundTwo, "manager", Mia, dan, TeamA, Personal(1, 3, 3, 3, 3));
        await Org.SheetAsync(RoundTwo, "team", Aoi, null, TeamA, Outcome(2, 5));
        await Org.SheetAsync(RoundTwo, "team", Ben, null, TeamA, Outcome(3, 5));
        await Org.SheetAsync(RoundTwo, "team", Cho, null, TeamA, Outcome(4, null));
        // Team C: each of three rates the other two.
        foreach (var (rater, ratee) in new[] { (kai, lea), (kai, mo), (lea, kai), (lea, mo), (mo, kai), (mo, lea) })
        {
            await Org.SheetAsync(RoundTwo, "peer", rater, ratee, TeamC, Personal(5, 5, 5, 5, 5));
        }
        foreach (var person in new[] { kai, lea, mo })
        {
            await Org.SheetAsync(RoundTwo, "self", person, person, TeamC, Personal(2, 2, 2, 2, 2));
        }
        await CloseAsync(RoundTwo, "Round Two", daysAgo: 20);
        await Org.ExecuteAsync("UPDATE RatingComment SET IsHidden = 1 WHERE Body = 'A remark a manager hid'");

        OpenRound = await Org.RoundAsync(model, "open", TeamA, TeamC);
        await Org.SheetAsync(OpenRound, "peer", Ben, Aoi, TeamA, Personal(1, 1, 1, 1, 1));
    }

    private Dictionary<int, int?> Personal(int? logicA, int? logicB, int? abstractionA, int? mindsetA, int? conductA) => new()
    {
        [Items["logic.a"]] = logicA,
        [Items["logic.b"]] = logicB,
        [Items["abstraction.a"]] = abstractionA,
        [Items["mindset.a"]] = mindsetA,
        [Items["conduct.a"]] = conductA,
    };

    private async Task<int> UnitAsync(string name, int? parentId, params int[] teams)
    {
        var id = await Org.ScalarAsync<int>("INSERT INTO OrgUnit (Name, ParentId, CreatedAt) VALUES (@name, @parentId, @now) RETURNING Id", new { name, parentId, now = DateTime.UtcNow });
        await Org.ExecuteAsync("UPDATE Team SET UnitId = @id WHERE Id IN @teams", new { id, teams });
        return id;
    }

    private Dictionary<int, int?> Outcome(int? a, int? b) => new() { [Items["outcome.a"]] = a, [Items["outcome.b"]] = b };

    private Task CommentAsync(int sheetId, string item, string body) =>
        Org.ExecuteAsync("UPDATE DraftAnswer SET Comment = @body WHERE SheetId = @sheetId AND SkillItemId = @item", new { body, sheetId, item = Items[item] });

    private async Task CloseAsync(int roundId, string name, int daysAgo)
    {
        await App.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(roundId));
        await Org.ExecuteAsync("UPDATE Round SET Name = @name, ClosedAt = @at WHERE Id = @roundId", new { name, at = DateTime.UtcNow.AddDays(-daysAgo), roundId });
    }

    public async Task<HttpClient> SignedInAsync(string person, string language = "en")
    {
        var client = App.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync(person);
        return client;
    }

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A number from a data-value attribute; null when the cell is empty (hidden or no answers).</summary>
    public static double? Value(AngleSharp.Dom.IElement? cell)
    {
        var value = cell?.GetAttribute("data-value");
        return string.IsNullOrEmpty(value) ? null : double.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>The chart's JSON island as the script reads it.</summary>
    public static System.Text.Json.JsonElement Chart(IHtmlDocument page, string id) =>
        System.Text.Json.JsonDocument.Parse(page.QuerySelector($"#{id}-data")!.TextContent).RootElement;

    public static List<double?> Series(System.Text.Json.JsonElement chart, string key) =>
        chart.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("key").GetString() == key)
            .GetProperty("data").EnumerateArray().Select(v => v.ValueKind == System.Text.Json.JsonValueKind.Null ? (double?)null : v.GetDouble()).ToList();
}

[CollectionDefinition(nameof(ReportsCollection))]
public sealed class ReportsCollection : ICollectionFixture<ReportsFixture>;
