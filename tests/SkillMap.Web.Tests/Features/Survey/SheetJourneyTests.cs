using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Survey.SurveyTestSupport;

namespace SkillMap.Web.Tests.Features.Survey;

/// <summary>Going through a whole sheet: pages, resuming, going back, comments, finishing.</summary>
public sealed class SheetJourneyTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    [Fact]
    public async Task Save_and_next_walks_every_page_and_finishing_returns_to_my_surveys_marked_done()
    {
        var client = await app.SignedInAsync("吉田 愛");
        var sheetId = await app.SheetIdAsync("吉田 愛", "self");
        var url = $"/surveys/{sheetId}";
        var seen = new List<int>();
        HttpResponseMessage response;
        var next = url;
        do
        {
            var page = await client.GetPageAsync(next);
            seen.AddRange(ItemIds(page));
            response = await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            next = response.Headers.Location!.OriginalString;
        }
        while (next.Contains("?page=", StringComparison.Ordinal));

        Assert.Equal("/surveys", next);
        Assert.Equal(45, seen.Distinct().Count());
        Assert.Equal(45, (await app.StoredAsync(sheetId)).Count);
        Assert.Equal(1, await app.Org().ScalarAsync<long>("SELECT IsFinished FROM Sheet WHERE Id = @sheetId", new { sheetId }));
        var list = await client.GetPageAsync("/surveys");
        Assert.Contains("Thank you", list.Text("#status-message"));
        Assert.Contains("done", list.QuerySelector($"#sheet-{sheetId}")!.ClassList);
        Assert.Equal("Review", list.Text($"#open-sheet-{sheetId}"));
    }

    [Fact]
    public async Task Coming_back_resumes_at_the_first_page_with_an_unanswered_item()
    {
        var client = await app.SignedInAsync("山田 悠人");
        var sheetId = await app.SheetIdAsync("山田 悠人", "self");
        var url = $"/surveys/{sheetId}";
        var first = await client.GetPageAsync(url);
        await client.SubmitAsync(first.Form("#rating-form"), url, set: Answers(first));
        var second = await client.GetPageAsync(url + "?page=2");
        await client.SubmitAsync(second.Form("#rating-form"), url, set: Answers(second));

        var resumed = await client.GetPageAsync(url);

        Assert.Contains("page 3 of 6", resumed.Text(".progress-text"));
        Assert.Equal(ItemIds(first).Count + ItemIds(second).Count, int.Parse(resumed.QuerySelector("#sheet-progress")!.GetAttribute("value")!));
    }

    [Fact]
    public async Task Going_back_keeps_what_was_answered_on_the_page_even_when_it_is_incomplete()
    {
        var client = await app.SignedInAsync("Raj Patel");
        var sheetId = await app.SheetIdAsync("Raj Patel", "self");
        var url = $"/surveys/{sheetId}";
        var page = await client.GetPageAsync(url + "?page=2");
        var answers = Answers(page).Take(3).ToList();

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: answers.Append(new("go", "previous")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("?page=1&saved=1", response.Headers.Location!.OriginalString);
        Assert.Equal(3, (await app.StoredAsync(sheetId)).Count);
    }

    [Fact]
    public async Task A_comment_is_saved_with_its_answer_and_an_overlong_one_is_refused()
    {
        var client = await app.SignedInAsync("加藤 真司");
        var sheetId = await app.SheetIdAsync("加藤 真司", "peer");
        var url = $"/surveys/{sheetId}";
        var page = await client.GetPageAsync(url);
        var itemId = ItemIds(page)[0];
        var tooLong = string.Concat(Enumerable.Repeat("👍🏽", 1001));

        var refused = await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page).Append(new($"Input.Comments[{itemId}]", tooLong)));
        var saved = await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page).Append(new($"Input.Comments[{itemId}]", "  Wrote the runbook for the 3 a.m. failover 👍🏽 ")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("at most 1000 characters", (await Html.ParseAsync(refused)).Text("#error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.StoredAsync(sheetId);
        Assert.Equal("Wrote the runbook for the 3 a.m. failover 👍🏽", stored.Single(s => s.ItemId == itemId).Comment);
        var again = await client.GetPageAsync(url + "?page=1");
        Assert.Equal("Wrote the runbook for the 3 a.m. failover 👍🏽", again.QuerySelector($"#comment-{itemId}")!.TextContent);
        Assert.True(again.QuerySelector($"#comment-box-{itemId}")!.HasAttribute("open"));
    }

    [Fact]
    public async Task A_comment_of_a_thousand_emoji_is_kept_and_one_too_long_to_store_on_SQL_Server_is_refused_in_the_reader_language()
    {
        var client = await app.SignedInAsync("林 美穂", "ja");
        var sheetId = await app.SheetIdAsync("林 美穂", "self");
        var url = $"/surveys/{sheetId}";
        var page = await client.GetPageAsync(url);
        var itemId = ItemIds(page)[0];
        // 👍🏽 is four UTF-16 units: a thousand fill NVARCHAR(4000) exactly. A family is eleven units:
        // five hundred of them are fewer characters than the limit but more than the column holds.
        var thousand = string.Concat(Enumerable.Repeat("👍🏽", 1000));
        var families = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 500));

        var refused = await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page).Append(new($"Input.Comments[{itemId}]", families)));
        var stored = await app.StoredAsync(sheetId);
        var saved = await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page).Append(new($"Input.Comments[{itemId}]", thousand)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("このコメントは長すぎて保存できません", (await Html.ParseAsync(refused)).Text("#error-summary"));
        Assert.DoesNotContain(stored, s => s.Comment == families);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(thousand, (await app.StoredAsync(sheetId)).Single(s => s.ItemId == itemId).Comment);
    }

    [Fact]
    public async Task A_comment_without_a_level_is_not_silently_dropped()
    {
        var client = await app.SignedInAsync("木村 直樹");
        var sheetId = await app.SheetIdAsync("木村 直樹", "self");
        var url = $"/surveys/{sheetId}";
        var page = await client.GetPageAsync(url);
        var itemId = ItemIds(page)[0];

        var response = await client.SubmitAsync(page.Form("#rating-form"), url,
            set: [new($"Input.Comments[{itemId}]", "a note"), new("go", "previous")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a level", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Empty(await app.StoredAsync(sheetId));
    }
}
