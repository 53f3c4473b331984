using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>Changes a draft round's settings. An open round only takes a later deadline (Deadline page).</summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class EditModel(RoundAccess access, RoundCommands commands, OrganizationTime time, TimeProvider clock, CurrentPerson me, IStringLocalizer<Strings> t) : RoundFormPage
{
    [TempData]
    public string? StatusMessage { get; set; }

    public override string SubmitLabelKey => "Rounds.Save";

    public RoundRow Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int roundId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is not { Whole: true })
        {
            return NotFound();
        }
        if (!grant.Round.IsDraft)
        {
            return RedirectToPage("Details", new { roundId });
        }
        await LoadAsync(grant, cancellationToken);
        Input = RoundForm.From(grant.Round, grant.Teams, time);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int roundId, CancellationToken cancellationToken)
    {
        var grant = await access.ForAsync(roundId, cancellationToken);
        if (grant is not { Whole: true })
        {
            return NotFound();
        }
        await LoadAsync(grant, cancellationToken);
        ModelState.Clear();
        var draft = Input.Validate(ModelState, t, time, clock.GetUtcNow().UtcDateTime, Teams, Models);
        if (draft is null)
        {
            return Page();
        }
        StatusMessage = await commands.UpdateAsync(roundId, draft, me.Id, cancellationToken) ? t["Rounds.Saved"] : t["Rounds.Error.NotDraft"];
        return RedirectToPage("Details", new { roundId });
    }

    private async Task LoadAsync(RoundAccess.Grant grant, CancellationToken cancellationToken)
    {
        Round = grant.Round;
        // A team already in the round stays choosable (an admin may have added it), so saving never drops it by surprise.
        var choosable = await access.ChoosableTeamsAsync(cancellationToken);
        Teams = choosable.Concat(grant.Teams.Where(t => choosable.All(c => c.Id != t.Id))).OrderBy(t => t.Name).ToList();
        Models = await commands.PublishedModelsAsync(cancellationToken);
    }
}
