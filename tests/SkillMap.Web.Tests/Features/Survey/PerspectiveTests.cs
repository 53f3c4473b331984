using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Survey.SurveyTestSupport;

namespace SkillMap.Web.Tests.Features.Survey;

/// <summary>Each perspective asks its own items and says, before any rating, who will see the answers.</summary>
public sealed class PerspectiveTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private Task<List<long>> ItemIdsOfScopeAsync(string scope, bool coreOnly = false) =>
        app.Org().QueryAsync<long>(
            "SELECT i.Id FROM SkillItem i JOIN Round r ON r.ModelVersionId = i.ModelVersionId AND r.Status = 'open' WHERE i.Scope = @scope AND (@coreOnly = 0 OR i.IsCore = 1)",
            new { scope, coreOnly });

    private async Task<List<int>> AllItemsOfSheetAsync(HttpClient client, int sheetId)
    {
        var ids = new List<int>();
        for (var page = 1; page <= 10; page++)
        {
            var document = await client.GetPageAsync($"/surveys/{sheetId}?page={page}");
            var found = ItemIds(document);
            if (ids.Contains(found[0]))
            {
                break;
            }
            ids.AddRange(found);
        }
        return ids;
    }

    [Fact]
    public async Task The_team_perspective_asks_team_items_and_says_answers_are_only_a_team_average()
    {
        var client = await app.SignedInAsync("松本 健太");
        var sheetId = await app.SheetIdAsync("松本 健太", "team");

        var page = await client.GetPageAsync($"/surveys/{sheetId}");

        Assert.Equal((await ItemIdsOfScopeAsync("team")).Select(i => (int)i).Order(), (await AllItemsOfSheetAsync(client, sheetId)).Order());
        Assert.Contains("team's average of at least 3 people", page.Text("#who-sees"));
        Assert.Contains("Service Operations", page.Text("h1"));
    }

    [Fact]
    public async Task A_peer_sheet_rates_one_colleague_with_personal_items_and_promises_anonymity_from_three()
    {
        var client = await app.SignedInAsync("井上 彩");
        var sheetId = await app.SheetIdAsync("井上 彩", "peer");
        var ratee = await app.Org().ScalarAsync<string>("SELECT p.DisplayName FROM Sheet s JOIN Person p ON p.Id = s.RateeId WHERE s.Id = @sheetId", new { sheetId });

        var page = await client.GetPageAsync($"/surveys/{sheetId}");

        Assert.Contains(ratee, page.Text("h1"));
        Assert.Contains("anonymous", page.Text("#who-sees"));
        Assert.Contains("at least 3 colleagues", page.Text("#who-sees"));
        Assert.Equal((await ItemIdsOfScopeAsync("person")).Select(i => (int)i).Order(), (await AllItemsOfSheetAsync(client, sheetId)).Order());
    }

    [Fact]
    public async Task A_manager_is_told_before_rating_that_the_rating_is_shown_under_their_name()
    {
        var client = await app.SignedInAsync("中村 由美");
        var sheetId = await app.SheetIdAsync("中村 由美", "manager", "林 美穂");

        var page = await client.GetPageAsync($"/surveys/{sheetId}");

        var notice = page.QuerySelector("#manager-notice")!;
        Assert.Contains("under your name", notice.TextContent);
        Assert.Contains("林 美穂", notice.TextContent);
        Assert.True(notice.CompareDocumentPosition(page.QuerySelector("fieldset.rating-item")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task The_core_form_asks_core_items_only()
    {
        var roundId = await app.Org().ScalarAsync<int>("SELECT Id FROM Round WHERE Status = 'open'");
        await app.Org().ExecuteAsync("UPDATE Round SET Form = 'core' WHERE Id = @roundId", new { roundId });
        try
        {
            var client = await app.SignedInAsync("林 美穂");
            var sheetId = await app.SheetIdAsync("林 美穂", "self");

            var items = await AllItemsOfSheetAsync(client, sheetId);

            Assert.Equal((await ItemIdsOfScopeAsync("person", coreOnly: true)).Select(i => (int)i).Order(), items.Order());
        }
        finally
        {
            await app.Org().ExecuteAsync("UPDATE Round SET Form = 'full' WHERE Id = @roundId", new { roundId });
        }
    }
}
