using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Survey.SurveyTestSupport;

namespace SkillMap.Web.Tests.Features.Survey;

public sealed class ClosedRoundTests
{
    [Fact]
    public async Task Answers_cannot_be_changed_after_the_round_closes()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAsync("Emily Carter");
        var sheetId = await app.SheetIdAsync("Emily Carter", "self");
        var roundId = await app.Org().ScalarAsync<int>("SELECT RoundId FROM Sheet WHERE Id = @sheetId", new { sheetId });
        var url = $"/surveys/{sheetId}";
        var page = await client.GetPageAsync(url);
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(roundId));
        var ratingsBefore = await app.Org().ScalarAsync<long>("SELECT COUNT(*) FROM Rating");

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page));
        var autosave = await client.PostAsync($"{url}?handler=answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["autosave.Revision"] = "0",
            ["autosave.RoundId"] = roundId.ToString(),
            ["autosave.ItemId"] = ItemIds(page)[0].ToString(),
            ["autosave.Value"] = "4",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("closed", (await Html.ParseAsync(response)).Text("#round-closed"));
        Assert.Equal(HttpStatusCode.Conflict, autosave.StatusCode);
        Assert.Contains("closed", await autosave.Content.ReadAsStringAsync());
        Assert.Equal(ratingsBefore, await app.Org().ScalarAsync<long>("SELECT COUNT(*) FROM Rating"));
        Assert.Equal(0, await app.Org().ScalarAsync<long>("SELECT COUNT(*) FROM DraftAnswer"));
        Assert.Empty((await client.GetPageAsync("/surveys")).QuerySelectorAll("li.sheet-row"));
    }
}
