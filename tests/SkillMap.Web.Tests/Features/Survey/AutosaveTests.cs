using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using SkillMap.Web.Features.Survey;
using SkillMap.Web.Hosting;
using SkillMap.Web.Tests.Infrastructure;
using static SkillMap.Web.Tests.Features.Survey.SurveyTestSupport;

namespace SkillMap.Web.Tests.Features.Survey;

[CollectionDefinition(nameof(SurveyMetricsCollection), DisableParallelization = true)]
public sealed class SurveyMetricsCollection;

/// <summary>The single-answer post survey.js makes; run alone so the process-wide counters are this class's.</summary>
[Collection(nameof(SurveyMetricsCollection))]
public sealed class AutosaveTests : IClassFixture<SkillMapFactory>
{
    private readonly SkillMapFactory app;

    public AutosaveTests(SkillMapFactory app) => this.app = app;

    private static Task<HttpResponseMessage> AutosaveAsync(HttpClient client, IHtmlDocument page, int sheetId, int revision, int itemId, string value, string comment = "")
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var roundId = page.QuerySelector("input[name='Input.RoundId']")!.GetAttribute("value")!;
        return client.PostAsync($"/surveys/{sheetId}?handler=answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["autosave.Revision"] = revision.ToString(),
            ["autosave.RoundId"] = roundId,
            ["autosave.ItemId"] = itemId.ToString(),
            ["autosave.Value"] = value,
            ["autosave.Comment"] = comment,
        }));
    }

    private static async Task<(string Outcome, int Revision)> ReplyAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("outcome").GetString()!, json.RootElement.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Each_answer_is_saved_on_its_own_and_moves_the_revision_on()
    {
        var client = await app.SignedInAsync("佐藤 美咲");
        var sheetId = await app.SheetIdAsync("佐藤 美咲", "self");
        var page = await client.GetPageAsync($"/surveys/{sheetId}");
        var items = ItemIds(page);

        var first = await AutosaveAsync(client, page, sheetId, 0, items[0], "4");
        var second = await AutosaveAsync(client, page, sheetId, 1, items[1], "na", "only saw it once");

        Assert.Equal(("saved", 1), await ReplyAsync(first));
        Assert.Equal(("saved", 2), await ReplyAsync(second));
        Assert.Equal([(items[0], 4L, null), (items[1], null, "only saw it once")],
            (await app.StoredAsync(sheetId)).Select(s => ((int)s.ItemId, s.Score, s.Comment)).ToList());
        var again = await client.GetPageAsync($"/surveys/{sheetId}");
        Assert.Equal("2", again.QuerySelector("#revision")!.GetAttribute("value"));
        Assert.Equal("2", again.QuerySelector("#sheet-progress")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_same_autosave_sent_twice_stores_one_answer()
    {
        var client = await app.SignedInAsync("鈴木 大輔");
        var sheetId = await app.SheetIdAsync("鈴木 大輔", "self");
        var page = await client.GetPageAsync($"/surveys/{sheetId}");
        var item = ItemIds(page)[0];

        var first = await AutosaveAsync(client, page, sheetId, 0, item, "3");
        var retry = await AutosaveAsync(client, page, sheetId, 0, item, "3");

        Assert.Equal(("saved", 1), await ReplyAsync(first));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(("repeat", 1), await ReplyAsync(retry));
        Assert.Single(await app.StoredAsync(sheetId));
        Assert.Equal(1, await app.RevisionAsync(sheetId));
    }

    [Fact]
    public async Task A_late_stale_autosave_is_refused_counted_and_changes_nothing()
    {
        var client = await app.SignedInAsync("高橋 翔");
        var sheetId = await app.SheetIdAsync("高橋 翔", "self");
        var page = await client.GetPageAsync($"/surveys/{sheetId}");
        var item = ItemIds(page)[0];
        await AutosaveAsync(client, page, sheetId, 0, item, "2");
        await AutosaveAsync(client, page, sheetId, 1, item, "5");
        long stale = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SkillMapMetrics.MeterName && instrument.Name == "skillmap.autosave.conflicts")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref stale, value));
        listener.Start();

        var late = await AutosaveAsync(client, page, sheetId, 0, item, "2");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("stale", (await ReplyAsync(late)).Outcome);
        Assert.Equal(1, Interlocked.Read(ref stale));
        Assert.Equal([(item, 5L)], (await app.StoredAsync(sheetId)).Select(s => ((int)s.ItemId, s.Score)).ToList());
        Assert.Equal(2, await app.RevisionAsync(sheetId));
    }

    [Fact]
    public async Task An_autosave_for_a_sheet_of_another_rater_is_refused()
    {
        var client = await app.SignedInAsync("田中 陽子");
        var own = await app.SheetIdAsync("田中 陽子", "self");
        var theirs = await app.SheetIdAsync("伊藤 蓮", "self");
        var page = await client.GetPageAsync($"/surveys/{own}");

        var response = await AutosaveAsync(client, page, theirs, 0, ItemIds(page)[0], "3");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unavailable", (await ReplyAsync(response)).Outcome);
        Assert.Empty(await app.StoredAsync(theirs));
    }

    [Fact]
    public async Task A_bad_level_or_an_item_of_another_survey_is_refused()
    {
        var client = await app.SignedInAsync("Daniel Park");
        var sheetId = await app.SheetIdAsync("Daniel Park", "self");
        var page = await client.GetPageAsync($"/surveys/{sheetId}");

        var nine = await AutosaveAsync(client, page, sheetId, 0, ItemIds(page)[0], "9");
        var foreign = await AutosaveAsync(client, page, sheetId, 0, 999999, "3");

        Assert.Equal(HttpStatusCode.BadRequest, nine.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Empty(await app.StoredAsync(sheetId));
    }

    [Fact]
    public async Task A_comment_too_long_to_store_is_refused_with_a_message_and_nothing_is_saved()
    {
        var client = await app.SignedInAsync("林 美穂");
        var sheetId = await app.SheetIdAsync("林 美穂", "self");
        var page = await client.GetPageAsync($"/surveys/{sheetId}");

        var response = await AutosaveAsync(client, page, sheetId, 0, ItemIds(page)[0], "3", string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 400)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("too long to store", json.RootElement.GetProperty("message").GetString());
        Assert.Empty(await app.StoredAsync(sheetId));
    }

    [Fact]
    public async Task An_autosave_without_the_antiforgery_token_is_refused()
    {
        var client = await app.SignedInAsync("伊藤 蓮");
        var sheetId = await app.SheetIdAsync("伊藤 蓮", "self");

        var response = await client.PostAsync($"/surveys/{sheetId}?handler=answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["autosave.Revision"] = "0",
            ["autosave.ItemId"] = "1",
            ["autosave.Value"] = "3",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.StoredAsync(sheetId));
    }
}
