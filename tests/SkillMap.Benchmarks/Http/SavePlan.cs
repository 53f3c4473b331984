using System.Globalization;
using System.Text;
using Dapper;
using SkillMap.Core.Survey;
using SkillMap.Web.Data;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Features.Survey;

namespace SkillMap.Benchmarks.Http;

/// <summary>
/// The sheets of the seeded open round, each with its rater's cookies and antiforgery token and the
/// page of answers that will be posted for it (page 1: the first eight items), values drawn from the
/// sheet id so anyone can recompute them.
/// </summary>
public sealed class SavePlan
{
    public sealed record Sheet(int Id, int RaterId, string Cookie, string Token)
    {
        public string Path => $"/surveys/{Id}";
    }

    public required int RoundId { get; init; }

    public required IReadOnlyList<int> PageItems { get; init; }

    public required IReadOnlyList<Sheet> Sheets { get; init; }

    public IReadOnlyDictionary<int, string> ValuesOf(int sheetId) =>
        PageItems.ToDictionary(item => item, item => ((sheetId * 7 + item) % 6) is var v && v == 0 ? "na" : v.ToString(CultureInfo.InvariantCulture));

    /// <summary>One sheet as post.lua reads it: address, cookie, body, sheet id and the values to acknowledge.</summary>
    public string PostLine(Sheet sheet) => $"{sheet.Path}\t{sheet.Cookie}\t{Body(sheet)}\t{sheet.Id}\t{Encode(ValuesOf(sheet.Id))}";

    public static string Encode(IReadOnlyDictionary<int, string> values) => string.Join(",", values.Select(v => $"{v.Key}={v.Value}"));

    public string Body(Sheet sheet)
    {
        var body = new StringBuilder();
        body.Append("__RequestVerificationToken=").Append(Uri.EscapeDataString(sheet.Token));
        body.Append("&Input.Revision=0&Input.RoundId=").Append(RoundId).Append("&Input.Page=1");
        foreach (var (item, value) in ValuesOf(sheet.Id))
        {
            body.Append('&').Append(Uri.EscapeDataString($"Input.Answers[{item}]")).Append('=').Append(value);
        }
        return body.Append("&go=next").ToString();
    }

    private sealed record SheetRow
    {
        public int Id { get; init; }
        public int RaterId { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
    }

    /// <summary>Mints each rater's cookie, then fetches one page per rater for its antiforgery cookie and token.</summary>
    public static async Task<SavePlan> PrepareAsync(Db db, Func<int, string, string, string> mintCookie, HttpClient client, string baseAddress)
    {
        int roundId, modelVersionId;
        List<SheetRow> rows;
        await using (var connection = await db.OpenAsync())
        {
            (roundId, modelVersionId) = await connection.QuerySingleAsync<(int, int)>("SELECT Id, ModelVersionId FROM Round WHERE Status = 'open'");
            rows = (await connection.QueryAsync<SheetRow>("""
                SELECT s.Id AS Id, s.RaterId AS RaterId, p.DisplayName AS Name, p.Role AS Role
                FROM Sheet s JOIN Person p ON p.Id = s.RaterId
                WHERE s.RoundId = @roundId AND s.Perspective <> 'team' AND s.Revision = 0
                """, new { roundId })).ToList();
        }
        var items = SurveyQueries.ItemsFor(await new ModelItems(db).ForVersionAsync(modelVersionId), SkillMap.Core.SkillModel.Perspective.Self, "full");
        var page = SurveyPages.Split(items, i => i.Stage)[0].Select(i => i.Id).ToList();
        var tokens = new Dictionary<int, (string Cookie, string Token)>();
        var byRater = rows.GroupBy(r => r.RaterId).ToList();
        await Parallel.ForEachAsync(byRater, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (group, _) =>
        {
            var first = group.First();
            var auth = mintCookie(first.RaterId, first.Name, first.Role);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{baseAddress}/surveys/{first.Id}?page=1");
            request.Headers.Add("Cookie", auth);
            using var response = await client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();
            var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var csrf = response.Headers.TryGetValues("Set-Cookie", out var cookies)
                ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("__Host-skillmap-csrf=", StringComparison.Ordinal))
                : null;
            if (token.Length == 0 || csrf is null)
            {
                throw new InvalidOperationException($"No antiforgery token on the rating page (status {(int)response.StatusCode}).");
            }
            lock (tokens)
            {
                tokens[first.RaterId] = ($"{auth}; {csrf}", token);
            }
        });
        // A fixed shuffle, so the load spreads over raters and ratees rather than walking the table.
        var random = new Random(11);
        var sheets = rows.Select(r => new Sheet(r.Id, r.RaterId, tokens[r.RaterId].Cookie, tokens[r.RaterId].Token)).OrderBy(_ => random.Next()).ToList();
        return new SavePlan { RoundId = roundId, PageItems = page, Sheets = sheets };
    }
}
