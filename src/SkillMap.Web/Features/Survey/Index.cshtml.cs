using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Survey;

/// <summary>My surveys: what the person still has to answer in each open round, with progress and the deadline.</summary>
public sealed class IndexModel(SurveyQueries survey, CurrentPerson me) : PageModel
{
    public sealed record RoundGroup(int RoundId, string Name, DateTime? ClosesAt, IReadOnlyList<SurveyQueries.SheetSummary> Sheets)
    {
        public int Finished => Sheets.Count(s => s.Total > 0 && s.Answered >= s.Total);

        public IEnumerable<SurveyQueries.SheetSummary> Of(Perspective perspective) => Sheets.Where(s => s.Perspective == perspective);
    }

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<RoundGroup> Rounds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var sheets = await survey.MySheetsAsync(me.Id, cancellationToken);
        Rounds = sheets
            .GroupBy(s => s.RoundId)
            .Select(g => new RoundGroup(g.Key, g.First().RoundName, g.First().ClosesAt, g.ToList()))
            .ToList();
        return Page();
    }
}
