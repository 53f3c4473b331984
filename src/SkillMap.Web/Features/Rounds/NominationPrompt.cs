using Microsoft.AspNetCore.Mvc;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>On the home page: a card per draft nomination round asking the person to propose their peers.</summary>
public sealed class NominationPrompt(RoundPeers peers, CurrentPerson me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var nominations = me.IsSignedIn ? await peers.OpenNominationsAsync(me.Id) : [];
        return View("/Features/Rounds/_NominationPrompt.cshtml", nominations);
    }
}
