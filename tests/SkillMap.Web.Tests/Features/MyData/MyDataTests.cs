using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.MyData;

/// <summary>
/// Mia is rated by three peers on logic.a and by only two on logic.b, has a manager rating, a comment
/// from each side, and an open draft. Her download holds her own things and no single peer's rating.
/// </summary>
public sealed class MyDataTests : IAsyncLifetime
{
    private readonly SkillMapFactory app = new();
    private int mia;
    private int releasedRound;

    private TestOrganisation Org => new(app.Service<Db>());

    public async ValueTask InitializeAsync()
    {
        var org = Org;
        var model = await org.ModelAsync();
        var items = await org.ItemIdsAsync(model);
        var team = await org.TeamAsync("Data team");
        mia = await org.PersonAsync("Mia Data", team);
        await org.ExecuteAsync("UPDATE Person SET Email = 'mia.data@example.com', EmployeeNumber = 'MD-1' WHERE Id = @mia", new { mia });
        var peers = new List<int>();
        for (var i = 1; i <= 3; i++)
        {
            peers.Add(await org.PersonAsync($"Data Peer {i}", team));
        }
        var manager = await org.PersonAsync("Data Manager", null, role: "manager");
        await org.ManagerAsync(team, manager);

        releasedRound = await org.RoundAsync(model, "open", team);
        await org.SheetAsync(releasedRound, "self", mia, mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 4, [items["logic.b"]] = 2 });
        await org.SheetAsync(releasedRound, "self", peers[0], peers[0], team, new Dictionary<int, int?> { [items["logic.a"]] = 1 });
        var managerSheet = await org.SheetAsync(releasedRound, "manager", manager, mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 3 });
        await org.ExecuteAsync("UPDATE DraftAnswer SET Comment = 'Manager says: steady' WHERE SheetId = @managerSheet", new { managerSheet });
        // logic.a: three peers (5, 4, 3 → 4.0); logic.b: only two peers, with a tell-tale 1.
        await org.SheetAsync(releasedRound, "peer", peers[0], mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 5, [items["logic.b"]] = 1 });
        await org.SheetAsync(releasedRound, "peer", peers[1], mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 4, [items["logic.b"]] = 1 });
        var third = await org.SheetAsync(releasedRound, "peer", peers[2], mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 3 });
        await org.ExecuteAsync("UPDATE DraftAnswer SET Comment = 'Peer says: thorough' WHERE SheetId = @third", new { third });
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(releasedRound));
        await org.ExecuteAsync("INSERT INTO ResultRelease (RoundId, RateeId, ReleasedAt, ReleasedBy) VALUES (@releasedRound, @mia, @now, @manager)", new { releasedRound, mia, manager, now = DateTime.UtcNow });

        // A closed round not yet released to her: its results stay out.
        var unreleased = await org.RoundAsync(model, "open", team);
        await org.SheetAsync(unreleased, "peer", peers[0], mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 2 });
        await org.SheetAsync(unreleased, "peer", peers[1], mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 2 });
        await org.SheetAsync(unreleased, "peer", peers[2], mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 2 });
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(unreleased));

        var open = await org.RoundAsync(model, "open", team);
        var draft = await org.SheetAsync(open, "self", mia, mia, team, new Dictionary<int, int?> { [items["logic.a"]] = 5 });
        await org.ExecuteAsync("UPDATE DraftAnswer SET Comment = 'my open draft' WHERE SheetId = @draft", new { draft });
    }

    public ValueTask DisposeAsync()
    {
        app.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(HttpResponseMessage Response, JsonElement Json, string Text)> DownloadAsync(string person)
    {
        var client = await app.ClientAsAsync(person);
        var page = await client.GetPageAsync("/me/data");
        var response = await client.GetAsync(page.QuerySelector("#download-my-data")!.GetAttribute("href"));
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    [Fact]
    public async Task A_person_downloads_their_profile_history_answers_and_released_results()
    {
        var (response, json, text) = await DownloadAsync("Mia Data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("mia.data@example.com", json.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal("Data team", json.GetProperty("memberships")[0].GetProperty("team").GetString());
        var open = json.GetProperty("openRoundAnswers")[0];
        Assert.Equal("my open draft", open.GetProperty("answers")[0].GetProperty("comment").GetString());

        var result = Assert.Single(json.GetProperty("results").EnumerateArray());
        Assert.Equal([("logic.a", 4), ("logic.b", 2)], result.GetProperty("self").EnumerateArray().Select(s => (s.GetProperty("item").GetString(), s.GetProperty("score").GetInt32())));
        Assert.Equal("Data Manager", result.GetProperty("managers")[0].GetProperty("manager").GetString());
        var peer = Assert.Single(result.GetProperty("peers").EnumerateArray());
        Assert.Equal(("logic.a", 4.0, 3), (peer.GetProperty("item").GetString(), peer.GetProperty("average").GetDouble(), peer.GetProperty("raters").GetInt32()));
        var comments = result.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("body").GetString()).Order().ToList();
        Assert.Equal(["Manager says: steady", "Peer says: thorough"], comments);
        Assert.Contains("my open draft", text);
        // Plans are proposed at close for both closed rounds; only the released round's plan is hers to see.
        Assert.Equal(await Org.ScalarAsync<string>("SELECT Name FROM Round WHERE Id = @releasedRound", new { releasedRound }),
            Assert.Single(json.GetProperty("plans").EnumerateArray()).GetProperty("round").GetString());
        Assert.Equal(2, await Org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE PersonId = @mia", new { mia }));
    }

    [Fact]
    public async Task The_download_never_holds_a_single_peer_rating_or_another_person_own_answers()
    {
        var (_, json, text) = await DownloadAsync("Mia Data");

        // logic.b had two peers (1 and 1): below the threshold it must be absent, not zero or one.
        Assert.DoesNotContain(json.GetProperty("results")[0].GetProperty("peers").EnumerateArray(), p => p.GetProperty("item").GetString() == "logic.b");
        Assert.DoesNotContain("sheetToken", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Data Peer", text);
        // The unreleased round's 2s appear nowhere.
        Assert.Single(json.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task A_peer_download_does_not_contain_the_peer_answers_they_gave_in_closed_rounds()
    {
        var (_, json, _) = await DownloadAsync("Data Peer 3");

        Assert.Empty(json.GetProperty("closedRoundAnswers").EnumerateArray());
        Assert.Empty(json.GetProperty("results").EnumerateArray());
        Assert.Equal("Data Peer 3", json.GetProperty("profile").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Downloading_is_audited_without_its_content()
    {
        await DownloadAsync("Mia Data");

        var details = await Org.QueryAsync<string?>("SELECT Detail FROM AuditEntry WHERE Action = 'mydata.downloaded' AND ActorId = @mia", new { mia });
        Assert.NotEmpty(details);
        Assert.All(details, Assert.Null);
    }
}
