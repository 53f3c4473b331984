using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class NewModel(RoundAccess access, RoundCommands commands, OrganizationTime time, TimeProvider clock, CurrentPerson me, IStringLocalizer<Strings> t) : RoundFormPage
{
    [TempData]
    public string? StatusMessage { get; set; }

    public override string SubmitLabelKey => "Rounds.Create";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        Input = RoundForm.Defaults(time, clock.GetUtcNow().UtcDateTime, Models.FirstOrDefault()?.Id, Teams);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        ModelState.Clear();
        var draft = Input.Validate(ModelState, t, time, clock.GetUtcNow().UtcDateTime, Teams, Models);
        if (draft is null)
        {
            return Page();
        }
        var roundId = await commands.CreateAsync(draft, me.Id, cancellationToken);
        StatusMessage = t["Rounds.Created"];
        return RedirectToPage("Details", new { roundId });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Teams = await access.ChoosableTeamsAsync(cancellationToken);
        Models = await commands.PublishedModelsAsync(cancellationToken);
    }
}
