using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Survey.SurveyTestSupport;

namespace SkillMap.Web.Tests.Features.Survey;

public sealed class AnswerPageTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private async Task<(HttpClient Client, string Url, IHtmlDocument Page, int SheetId)> OpenSelfAsync(string person, string language = "en")
    {
        var client = await app.SignedInAsync(person, language);
        var sheetId = await app.SheetIdAsync(person, "self");
        var url = $"/surveys/{sheetId}";
        return (client, url, await client.GetPageAsync(url), sheetId);
    }

    [Fact]
    public async Task Answers_are_saved_and_shown_again_on_return()
    {
        var (client, url, page, sheetId) = await OpenSelfAsync("佐藤 美咲");
        var answers = Answers(page);

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: answers);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/surveys/{sheetId}?page=2&saved=1", response.Headers.Location!.OriginalString);
        var next = await client.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains("saved", next.Text("#status-message"));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("TempData", StringComparison.OrdinalIgnoreCase)),
            "Save-and-next carries its notice in the URL, not in a TempData cookie");
        var again = await client.GetPageAsync(url + "?page=1");
        foreach (var (name, value) in answers)
        {
            var radio = again.QuerySelector($"input[name='{name}'][value='{value}']") as IHtmlInputElement;
            Assert.True(radio?.IsChecked, $"{name} should show {value}");
        }
        var stored = await app.StoredAsync(sheetId);
        Assert.Equal(answers.Count, stored.Count);
        Assert.Equal(answers.Count(a => a.Value == "na"), stored.Count(s => s.Score is null));
    }

    [Fact]
    public async Task The_page_shows_about_eight_items_of_one_stage_with_anchors_help_and_progress()
    {
        var (_, _, page, _) = await OpenSelfAsync("Emily Carter");

        var items = page.QuerySelectorAll("fieldset.rating-item");
        Assert.InRange(items.Length, 5, 8);
        Assert.Single(page.QuerySelectorAll("section.stage-group"));
        foreach (var item in items)
        {
            Assert.NotNull(item.QuerySelector("legend"));
            Assert.Equal(6, item.QuerySelectorAll("input[type=radio]").Length);
            Assert.Equal(3, item.QuerySelectorAll("label.level:not(.not-observed) .anchor:not(.between)").Length);
            Assert.NotNull(item.QuerySelector("details.help"));
            Assert.NotNull(item.QuerySelector("textarea"));
            Assert.NotNull(item.QuerySelector("input[value=na]"));
        }
        Assert.Equal("45", page.QuerySelector("#sheet-progress")!.GetAttribute("max"));
        Assert.Contains("page 1 of 6", page.Text(".progress-text"));
        Assert.Contains("not for pay", page.Text("#who-sees"));
    }

    [Theory]
    [InlineData("?page=abc")]
    [InlineData("?page=99")]
    [InlineData("?page=-3")]
    public async Task A_page_number_that_is_not_a_page_of_the_sheet_shows_a_page_that_is_without_an_error(string query)
    {
        var (client, url, _, _) = await OpenSelfAsync("Emily Carter");

        var page = await client.GetPageAsync(url + query);

        Assert.NotEmpty(page.QuerySelectorAll("fieldset.rating-item"));
        Assert.Null(page.QuerySelector("#error-summary"));
        Assert.Matches(@"page [1-6] of 6", page.Text(".progress-text"));
    }

    [Theory]
    [InlineData("en", "must be a level from 1 to 5")]
    [InlineData("ja", "1〜5 のレベル")]
    public async Task A_score_of_9_is_refused_in_the_reader_language_and_changes_nothing(string language, string message)
    {
        var person = language == "en" ? "鈴木 大輔" : "高橋 翔";
        var (client, url, page, sheetId) = await OpenSelfAsync(person, language);
        await client.SubmitAsync(page.Form("#rating-form"), url, set: Answers(page));
        var before = await app.StoredAsync(sheetId);
        page = await client.GetPageAsync(url + "?page=1");
        var answers = Answers(page, shift: 1);
        answers[0] = new(answers[0].Key, "9");

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(before, await app.StoredAsync(sheetId));
    }

    [Fact]
    public async Task A_missing_answer_is_refused_and_nothing_is_saved()
    {
        var (client, url, page, sheetId) = await OpenSelfAsync("田中 陽子");
        var answers = Answers(page);

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: answers.Skip(1), remove: [answers[0].Key]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await Html.ParseAsync(response);
        Assert.Contains("Choose a level", shown.Text("#error-summary"));
        Assert.Empty(await app.StoredAsync(sheetId));
        // The choices made are still on the page, so nothing has to be given twice.
        Assert.True((shown.QuerySelector($"input[name='{answers[1].Key}'][value='{answers[1].Value}']") as IHtmlInputElement)?.IsChecked);
    }

    [Theory]
    [InlineData("en", "Choose a level")]
    [InlineData("ja", "レベルか「観察できていない」を選んでください")]
    public async Task Each_problem_in_the_error_summary_links_to_the_item_it_is_about(string language, string message)
    {
        var (client, url, page, _) = await OpenSelfAsync(language == "en" ? "田中 陽子" : "高橋 翔", language);
        var answers = Answers(page);
        string[] missing = [answers[0].Key, answers[3].Key];

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: answers.Where(a => !missing.Contains(a.Key)), remove: missing);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await Html.ParseAsync(response);
        var entries = shown.QuerySelectorAll("#error-summary li");
        Assert.Equal(missing.Length, entries.Length);
        var targets = new List<string>();
        foreach (var entry in entries)
        {
            var link = entry.QuerySelector("a[href^='#']");
            Assert.NotNull(link);
            Assert.Contains(message, link.TextContent);
            var target = shown.GetElementById(link.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            // The link leads to the item whose answer is missing: its radios are inside the target.
            targets.Add(target.QuerySelector("input[type=radio]")!.GetAttribute("name")!);
        }
        Assert.Equal(missing, targets);
    }

    [Fact]
    public async Task An_item_from_another_survey_is_refused_and_nothing_is_saved()
    {
        var (client, url, page, sheetId) = await OpenSelfAsync("Daniel Park");
        var answers = Answers(page);
        answers.Add(new("Input.Answers[999999]", "3"));

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not part of this survey", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Empty(await app.StoredAsync(sheetId));
    }

    [Fact]
    public async Task A_revision_that_is_not_a_number_is_refused_and_nothing_is_saved()
    {
        var (client, url, page, sheetId) = await OpenSelfAsync("Emily Carter");
        var answers = Answers(page);
        answers.Add(new("Input.Revision", "latest"));

        var response = await client.SubmitAsync(page.Form("#rating-form"), url, set: answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("latest", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Empty(await app.StoredAsync(sheetId));
        Assert.Equal(0, await app.RevisionAsync(sheetId));
    }

    [Fact]
    public async Task Posting_the_same_form_twice_stores_one_answer_per_item()
    {
        var (client, url, page, sheetId) = await OpenSelfAsync("伊藤 蓮");
        var form = page.Form("#rating-form");
        var answers = Answers(page);

        var first = await client.SubmitAsync(form, url, set: answers);
        var second = await client.SubmitAsync(form, url, set: answers);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(answers.Count, (await app.StoredAsync(sheetId)).Count);
        Assert.Equal(1, await app.RevisionAsync(sheetId));
    }

    [Fact]
    public async Task A_stale_tab_cannot_overwrite_newer_answers()
    {
        var (client, url, oldTab, sheetId) = await OpenSelfAsync("渡辺 さくら");
        var newTab = await client.GetPageAsync(url);
        await client.SubmitAsync(newTab.Form("#rating-form"), url, set: Answers(newTab, shift: 0));
        var newer = await app.StoredAsync(sheetId);

        var response = await client.SubmitAsync(oldTab.Form("#rating-form"), url, set: Answers(oldTab, shift: 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed in another window", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(newer, await app.StoredAsync(sheetId));
    }

    [Fact]
    public async Task A_sheet_of_another_rater_does_not_exist_for_the_visitor_and_a_post_to_it_changes_nothing()
    {
        var client = await app.SignedInAsync("小林 拓也");
        var theirs = await app.SheetIdAsync("吉田 愛", "self");
        var own = await app.SheetIdAsync("小林 拓也", "self");
        var ownPage = await client.GetPageAsync($"/surveys/{own}");

        var get = await client.GetAsync($"/surveys/{theirs}");
        var post = await client.SubmitAsync(ownPage.Form("#rating-form"), $"/surveys/{theirs}", set: Answers(ownPage));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("not open to you", (await Html.ParseAsync(post)).Text("#not-available"));
        Assert.Empty(await app.StoredAsync(theirs));
        Assert.Equal(0, await app.RevisionAsync(theirs));
    }

    [Fact]
    public async Task Signing_in_is_required_to_answer()
    {
        var response = await app.CreateBrowserClient().GetAsync("/surveys/3");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location?.OriginalString);
    }
}
