using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Reports.People;

/// <summary>
/// A person's report. The person sees rounds released to them (ResultVisibility); their managers
/// (of the team they were rated in, or of their team now) and admins see every closed round; anyone
/// else gets 404 and learns nothing, not even that the person exists.
/// </summary>
public sealed class PersonModel(
    PersonReportQuery query, ResultVisibility visibility, ModelItems model, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    public const int TrendRounds = 8;

    public PersonReportQuery.PersonHeader Person { get; private set; } = null!;

    public IReadOnlyList<PersonReportQuery.PersonRound> Rounds { get; private set; } = [];

    public PersonReportQuery.PersonRound? Round { get; private set; }

    public PersonReport? Report { get; private set; }

    public bool IsOwnReport => Person.Id == me.Id;

    public async Task<IActionResult> OnGetAsync(int personId, int? round, CancellationToken cancellationToken)
    {
        var (person, rounds) = await query.RoundsAsync(personId, me.Id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        Person = person;
        var own = personId == me.Id;
        var visible = new List<PersonReportQuery.PersonRound>();
        foreach (var r in rounds)
        {
            // Their own report follows the release rule even for a manager or admin; a manager's view does not.
            var may = own
                ? await visibility.IsReleasedToRateeAsync(r.RoundId, personId, cancellationToken)
                : me.IsAdmin || r.ViewerManages;
            if (may)
            {
                visible.Add(r);
            }
        }
        if (!own && !me.IsAdmin && !person.ViewerManagesNow && visible.Count == 0)
        {
            return NotFound();
        }
        Rounds = visible;
        Round = round is { } id ? visible.FirstOrDefault(r => r.RoundId == id) : visible.FirstOrDefault();
        if (round is not null && Round is null)
        {
            return NotFound();
        }
        if (Round is null)
        {
            return Page();
        }
        var selected = Round;
        var trend = visible.Where(r => r.ClosedAt <= selected.ClosedAt).Take(TrendRounds).Reverse().ToList();
        var data = await query.LoadAsync(personId, selected, trend, cancellationToken);
        var versions = new Dictionary<int, IReadOnlyList<SkillItemRow>>();
        foreach (var version in trend.Append(selected).Select(r => r.ModelVersionId).Distinct())
        {
            versions[version] = await model.ForVersionAsync(version, cancellationToken);
        }
        Report = PersonReport.Build(new PersonReport.Inputs(selected, data, trend, versions, LocalizationServices.Current), t);
        return Page();
    }
}
