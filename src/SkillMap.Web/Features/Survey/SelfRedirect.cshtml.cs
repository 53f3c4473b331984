using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// The first release's self-assessment address, kept for links and bookmarks: it leads to the
/// person's self sheet of that round, or to My surveys once the round is no longer open.
/// </summary>
public sealed class SelfRedirectModel(Db db, SurveyQueries survey, CurrentPerson me) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken)
    {
        int? sheetId;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            sheetId = await connection.ExecuteScalarAsync<int?>(Sql.OpenSelfSheet, new { RoundId = roundId, PersonId = me.Id });
        }
        if (sheetId is { } id)
        {
            return LocalRedirect($"/surveys/{id}");
        }
        return await survey.WasInClosedRoundAsync(roundId, me.Id, cancellationToken) ? LocalRedirect("/surveys") : NotFound();
    }

    internal static class Sql
    {
        public const string OpenSelfSheet = """
            SELECT s.Id
            FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId
            WHERE s.RoundId = @RoundId
              AND s.RaterId = @PersonId
              AND s.Perspective = 'self'
              AND r.Status = 'open'
            """;
    }
}
