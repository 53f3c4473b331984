using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Hosting;

/// <summary>A demo person's own sheet in the open round, answered through the real rating form.</summary>
internal static class SelfSheet
{
    public static async Task<string> UrlAsync(Db db, string rater) =>
        "/surveys/" + await new TestOrganisation(db).ScalarAsync<int>("""
            SELECT s.Id FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId AND r.Status = 'open'
            JOIN Person p ON p.Id = s.RaterId
            WHERE p.DisplayName = @rater AND s.Perspective = 'self'
            """, new { rater });

    /// <summary>Every item on the form's page at one level.</summary>
    public static List<KeyValuePair<string, string>> AllAt(IHtmlFormElement form, string level) =>
        form.QuerySelectorAll("fieldset.rating-item input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct()
            .Select(name => new KeyValuePair<string, string>(name, level)).ToList();

    /// <summary>Opens the sheet and saves its current page with every item at <paramref name="level"/>.</summary>
    public static async Task<string> AnswerAsync(SkillMapFactory app, HttpClient client, string rater, string level)
    {
        var url = await UrlAsync(app.Service<Db>(), rater);
        var form = (await client.GetPageAsync(url)).Form("#rating-form");
        await client.SubmitAsync(form, url, set: AllAt(form, level));
        return url;
    }
}
