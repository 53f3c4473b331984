using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Teams;

/// <summary>
/// A team with exactly known answers: Aoi is rated by three peers, Ben by only two. Self answers
/// come from everybody; two of the three team answers come from the same people who rated.
/// </summary>
public sealed class TeamProfileFixture : IAsyncLifetime
{
    public SkillMapFactory App { get; } = new();
    public int TeamA { get; private set; }
    public int TeamB { get; private set; }
    public int OpenRound { get; private set; }

    public int DanSelfSheet { get; private set; }
    public Dictionary<string, int> Items { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var org = new TestOrganisation(App.Service<Db>());
        var model = await org.ModelAsync();
        Items = await org.ItemIdsAsync(model);
        TeamA = await org.TeamAsync("Team A");
        TeamB = await org.TeamAsync("Team B");
        var aoi = await org.PersonAsync("Aoi Test", TeamA);
        var ben = await org.PersonAsync("Ben Test", TeamA);
        var cho = await org.PersonAsync("Cho Test", TeamA);
        var dan = await org.PersonAsync("Dan Test", TeamA);
        var manager = await org.PersonAsync("Mia Manager", null, role: "manager");
        await org.ManagerAsync(TeamA, manager);
        await org.PersonAsync("Outsider Test", TeamB);

        var closed = await org.RoundAsync(model, "open", TeamA);
        int I(string key) => Items[key];
        Dictionary<int, int?> Personal(int? input, int? thinking, int? output) => new()
        {
            [I("logic.a")] = input, [I("mindset.a")] = input, [I("logic.b")] = thinking, [I("abstraction.a")] = output, [I("conduct.a")] = output,
        };
        foreach (var person in new[] { aoi, ben, cho, dan })
        {
            await org.SheetAsync(closed, "self", person, person, TeamA, Personal(4, 4, 4));
        }
        // Aoi: three peers. Input scores 2, 3, 4 → 3.0; one peer did not observe thinking.
        await org.SheetAsync(closed, "peer", ben, aoi, TeamA, Personal(2, 3, 5));
        await org.SheetAsync(closed, "peer", cho, aoi, TeamA, Personal(3, null, 5));
        await org.SheetAsync(closed, "peer", dan, aoi, TeamA, Personal(4, 3, 2));
        // Ben: only two peers, with extreme scores that must not leak into any average.
        await org.SheetAsync(closed, "peer", aoi, ben, TeamA, Personal(1, 1, 1));
        await org.SheetAsync(closed, "peer", cho, ben, TeamA, Personal(1, 1, 1));
        // Team answers: three people answer outcome.a, only two answer outcome.b.
        await org.SheetAsync(closed, "team", aoi, null, TeamA, new Dictionary<int, int?> { [I("outcome.a")] = 2, [I("outcome.b")] = 5 });
        await org.SheetAsync(closed, "team", ben, null, TeamA, new Dictionary<int, int?> { [I("outcome.a")] = 3, [I("outcome.b")] = 5 });
        await org.SheetAsync(closed, "team", cho, null, TeamA, new Dictionary<int, int?> { [I("outcome.a")] = 4, [I("outcome.b")] = null });
        await App.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(closed));
        OpenRound = await org.RoundAsync(model, "open", TeamA);
        DanSelfSheet = await org.EmptySheetAsync(OpenRound, "self", dan, dan, TeamA);
    }

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class TeamProfileTests(TeamProfileFixture fixture) : IClassFixture<TeamProfileFixture>
{
    private async Task<HttpClient> SignedInAsync(string person)
    {
        var client = fixture.App.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await client.SignInAsAsync(person);
        return client;
    }

    private static double? Cell(IHtmlDocument page, string stage, string series)
    {
        var row = page.QuerySelectorAll("#stage-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == stage);
        var value = row.QuerySelector($"td[data-series='{series}']")!.GetAttribute("data-value");
        return string.IsNullOrEmpty(value) ? null : double.Parse(value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_peer_average_is_built_only_from_people_rated_by_at_least_three_peers()
    {
        var page = await (await SignedInAsync("Aoi Test")).GetPageAsync($"/teams/{fixture.TeamA}");

        Assert.Equal(3.0, Cell(page, "Input", "peer"));
        // Thinking: one of Aoi's three peers chose "not observed", so only two scored: hidden.
        Assert.Null(Cell(page, "Thinking", "peer"));
        Assert.Equal(4.0, Cell(page, "Output", "peer"));
        Assert.Equal(4.0, Cell(page, "Input", "self"));
    }

    [Fact]
    public async Task Team_answers_appear_only_where_three_people_gave_a_score()
    {
        var page = await (await SignedInAsync("Aoi Test")).GetPageAsync($"/teams/{fixture.TeamA}");

        // outcome.a has three scores (2, 3, 4); outcome.b only two and is left out entirely.
        Assert.Equal(3.0, Cell(page, "Outcome", "team"));
        Assert.Null(Cell(page, "Outcome", "peer"));
    }

    [Fact]
    public async Task The_table_shows_exactly_the_numbers_the_chart_draws()
    {
        var page = await (await SignedInAsync("Cho Test")).GetPageAsync($"/teams/{fixture.TeamA}");

        using var chart = JsonDocument.Parse(page.QuerySelector("#stage-chart-data")!.TextContent);
        var labels = chart.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        foreach (var dataset in chart.RootElement.GetProperty("datasets").EnumerateArray())
        {
            var key = dataset.GetProperty("key").GetString()!;
            var values = dataset.GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToList();
            for (var i = 0; i < labels.Count; i++)
            {
                Assert.Equal(values[i], Cell(page, labels[i], key));
            }
        }
    }

    [Fact]
    public async Task Nothing_hidden_on_the_page_is_in_its_chart_data()
    {
        var page = await (await SignedInAsync("Aoi Test")).GetPageAsync($"/teams/{fixture.TeamA}");

        using var chart = JsonDocument.Parse(page.QuerySelector("#stage-chart-data")!.TextContent);
        var peer = chart.RootElement.GetProperty("datasets").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "peer");
        // Ben's two peers gave only 1s; had they counted, input would read 2.0 and output 2.5.
        Assert.Equal("[3,null,4,null]", peer.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task The_open_round_shows_only_the_visitor_own_answers_beside_the_closed_results()
    {
        var client = await SignedInAsync("Dan Test");
        var url = $"/surveys/{fixture.DanSelfSheet}";
        var next = url;
        while (next.StartsWith(url, StringComparison.Ordinal))
        {
            var form = await client.GetPageAsync(next);
            var answers = form.QuerySelectorAll("fieldset.rating-item input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct()
                .Select(name => new KeyValuePair<string, string>(name, "2")).ToList();
            next = (await client.SubmitAsync(form.Form("#rating-form"), url, set: answers)).Headers.Location!.OriginalString;
        }

        var page = await client.GetPageAsync($"/teams/{fixture.TeamA}");

        Assert.Equal(2.0, Cell(page, "Input", "own"));
        Assert.Equal(2.0, Cell(page, "Output", "own"));
        Assert.Equal(4.0, Cell(page, "Input", "self"));
        Assert.Equal(3.0, Cell(page, "Input", "peer"));
    }

    [Theory]
    [InlineData("Mia Manager", HttpStatusCode.OK)]
    [InlineData("山本 健一", HttpStatusCode.OK)]
    [InlineData("Outsider Test", HttpStatusCode.NotFound)]
    [InlineData("佐藤 美咲", HttpStatusCode.NotFound)]
    public async Task Only_members_managers_and_admins_see_a_team(string person, HttpStatusCode expected)
    {
        var response = await (await SignedInAsync(person)).GetAsync($"/teams/{fixture.TeamA}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_team_that_does_not_exist_is_not_found()
    {
        var response = await (await SignedInAsync("山本 健一")).GetAsync("/teams/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
