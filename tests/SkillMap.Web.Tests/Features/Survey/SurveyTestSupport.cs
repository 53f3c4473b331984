using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Survey;

/// <summary>Finding demo sheets and filling their pages, as a rater would.</summary>
internal static class SurveyTestSupport
{
    public static TestOrganisation Org(this SkillMapFactory app) => new(app.Service<Db>());

    /// <summary>The open round's sheet of this rater (about this ratee, or the team when none is named).</summary>
    public static Task<int> SheetIdAsync(this SkillMapFactory app, string rater, string perspective, string? ratee = null) =>
        app.Org().ScalarAsync<int>("""
            SELECT s.Id FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId AND r.Status = 'open'
            JOIN Person p ON p.Id = s.RaterId
            LEFT JOIN Person q ON q.Id = s.RateeId
            WHERE p.DisplayName = @rater AND s.Perspective = @perspective AND (@ratee IS NULL OR q.DisplayName = @ratee)
            ORDER BY s.Id
            """, new { rater, perspective, ratee });

    public static async Task<HttpClient> SignedInAsync(this SkillMapFactory app, string person, string language = "en")
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync(person);
        return client;
    }

    public static List<string> ItemFields(IHtmlDocument page) =>
        page.QuerySelectorAll("fieldset.rating-item input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct().ToList();

    public static List<int> ItemIds(IHtmlDocument page) =>
        page.QuerySelectorAll("fieldset.rating-item").Select(f => int.Parse(f.GetAttribute("data-item")!)).ToList();

    /// <summary>Answers every item on the page: levels 1–5 in turn, and "not observed" for every sixth.</summary>
    public static List<KeyValuePair<string, string>> Answers(IHtmlDocument page, int shift = 0) =>
        ItemFields(page).Select((name, i) => new KeyValuePair<string, string>(name, (i + shift) % 6 == 5 ? "na" : ((i + shift) % 6 + 1).ToString())).ToList();

    public static Task<List<(long ItemId, long? Score, string? Comment)>> StoredAsync(this SkillMapFactory app, int sheetId) =>
        app.Org().QueryAsync<(long, long?, string?)>("SELECT SkillItemId, Score, Comment FROM DraftAnswer WHERE SheetId = @sheetId ORDER BY SkillItemId", new { sheetId });

    public static Task<long> RevisionAsync(this SkillMapFactory app, int sheetId) =>
        app.Org().ScalarAsync<long>("SELECT Revision FROM Sheet WHERE Id = @sheetId", new { sheetId });
}
