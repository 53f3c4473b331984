using System.Net;
using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Survey;

public sealed class SelfAssessmentTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private TestOrganisation Org => new(app.Service<Db>());

    private async Task<(HttpClient Client, string Url, IHtmlDocument Page)> OpenAsync(string person, string language = "en")
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync(person);
        var roundId = await Org.ScalarAsync<int>("SELECT MIN(Id) FROM Round WHERE Status = 'open'");
        var url = $"/rounds/{roundId}/self";
        return (client, url, await client.GetPageAsync(url));
    }

    private static List<string> ItemFields(IHtmlDocument page) =>
        page.QuerySelectorAll("fieldset.rating-item input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToList();

    /// <summary>Answers every item: levels 1–5 in turn, and "not observed" for every sixth.</summary>
    private static List<KeyValuePair<string, string>> Answers(IHtmlDocument page, int shift = 0) =>
        ItemFields(page).Select((name, i) => new KeyValuePair<string, string>(name, (i + shift) % 6 == 5 ? "na" : ((i + shift) % 6 + 1).ToString())).ToList();

    private async Task<List<(long ItemId, long? Score)>> StoredAsync(string person) =>
        await Org.QueryAsync<(long, long?)>("""
            SELECT a.SkillItemId, a.Score FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId JOIN Person p ON p.Id = s.RaterId
            WHERE p.DisplayName = @person AND s.Perspective = 'self' ORDER BY a.SkillItemId
            """, new { person });

    [Fact]
    public async Task Answers_are_saved_and_shown_again_on_return()
    {
        var (client, url, page) = await OpenAsync("佐藤 美咲");
        var answers = Answers(page);

        var response = await client.SubmitAsync(page.Form("#self-assessment"), url, set: answers);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var again = await client.GetPageAsync(url);
        Assert.Contains("saved", again.Text("#status-message"));
        foreach (var (name, value) in answers)
        {
            var radio = again.QuerySelector($"input[name='{name}'][value='{value}']") as IHtmlInputElement;
            Assert.True(radio?.IsChecked, $"{name} should show {value}");
        }
        var stored = await StoredAsync("佐藤 美咲");
        Assert.Equal(answers.Count, stored.Count);
        Assert.Equal(answers.Count(a => a.Value == "na"), stored.Count(s => s.Score is null));
    }

    [Theory]
    [InlineData("en", "must be a level from 1 to 5")]
    [InlineData("ja", "1〜5 のレベル")]
    public async Task A_score_of_9_is_refused_in_the_reader_language_and_changes_nothing(string language, string message)
    {
        var person = language == "en" ? "鈴木 大輔" : "高橋 翔";
        var (client, url, page) = await OpenAsync(person, language);
        await client.SubmitAsync(page.Form("#self-assessment"), url, set: Answers(page));
        var before = await StoredAsync(person);
        page = await client.GetPageAsync(url);
        var answers = Answers(page, shift: 1);
        answers[0] = new(answers[0].Key, "9");

        var response = await client.SubmitAsync(page.Form("#self-assessment"), url, set: answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(before, await StoredAsync(person));
    }

    [Fact]
    public async Task A_missing_answer_is_refused_and_nothing_is_saved()
    {
        var (client, url, page) = await OpenAsync("田中 陽子");
        var answers = Answers(page);

        var response = await client.SubmitAsync(page.Form("#self-assessment"), url, set: answers.Skip(1), remove: [answers[0].Key]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a level", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Empty(await StoredAsync("田中 陽子"));
    }

    [Fact]
    public async Task An_item_from_another_survey_is_refused_and_nothing_is_saved()
    {
        var (client, url, page) = await OpenAsync("Daniel Park");
        var answers = Answers(page);
        answers.Add(new("Input.Answers[999999]", "3"));

        var response = await client.SubmitAsync(page.Form("#self-assessment"), url, set: answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not part of this survey", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Empty(await StoredAsync("Daniel Park"));
    }

    [Fact]
    public async Task Posting_the_same_form_twice_stores_one_answer_per_item()
    {
        var (client, url, page) = await OpenAsync("伊藤 蓮");
        var form = page.Form("#self-assessment");
        var answers = Answers(page);

        var first = await client.SubmitAsync(form, url, set: answers);
        var second = await client.SubmitAsync(form, url, set: answers);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(answers.Count, (await StoredAsync("伊藤 蓮")).Count);
        Assert.Equal(1, await Org.ScalarAsync<long>("SELECT s.Revision FROM Sheet s JOIN Person p ON p.Id = s.RaterId WHERE p.DisplayName = '伊藤 蓮' AND s.Perspective = 'self'"));
    }

    [Fact]
    public async Task A_stale_tab_cannot_overwrite_newer_answers()
    {
        var (client, url, oldTab) = await OpenAsync("渡辺 さくら");
        var newTab = await client.GetPageAsync(url);
        await client.SubmitAsync(newTab.Form("#self-assessment"), url, set: Answers(newTab, shift: 0));
        var newer = await StoredAsync("渡辺 さくら");

        var response = await client.SubmitAsync(oldTab.Form("#self-assessment"), url, set: Answers(oldTab, shift: 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed in another window", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(newer, await StoredAsync("渡辺 さくら"));
    }

    [Fact]
    public async Task A_round_of_another_team_does_not_exist_for_the_visitor()
    {
        var org = Org;
        var modelId = await org.ScalarAsync<int>("SELECT MIN(Id) FROM ModelVersion");
        var otherTeam = await org.TeamAsync("Other team");
        var roundId = await org.RoundAsync(modelId, "open", otherTeam);
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync("小林 拓也");

        var response = await client.GetAsync($"/rounds/{roundId}/self");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Signing_in_is_required_to_answer()
    {
        var response = await app.CreateBrowserClient().GetAsync("/rounds/3/self");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location?.OriginalString);
    }
}

public sealed class SelfAssessmentAfterCloseTests
{
    [Fact]
    public async Task Answers_cannot_be_changed_after_the_round_closes()
    {
        using var app = new SkillMapFactory();
        var org = new TestOrganisation(app.Service<Db>());
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await client.SignInAsAsync("Emily Carter");
        var roundId = await org.ScalarAsync<int>("SELECT Id FROM Round WHERE Status = 'open'");
        var url = $"/rounds/{roundId}/self";
        var page = await client.GetPageAsync(url);
        var answers = page.QuerySelectorAll("fieldset.rating-item input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct()
            .Select(name => new KeyValuePair<string, string>(name, "4")).ToList();
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(roundId));
        var ratingsBefore = await org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating");

        var response = await client.SubmitAsync(page.Form("#self-assessment"), url, set: answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("closed", (await Html.ParseAsync(response)).Text("#round-closed"));
        Assert.Equal(ratingsBefore, await org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating"));
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM DraftAnswer"));
    }
}
