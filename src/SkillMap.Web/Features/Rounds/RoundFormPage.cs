using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SkillMap.Web.Features.Rounds;

/// <summary>What the new-round and edit pages share: the form and the choices it offers.</summary>
public abstract class RoundFormPage : PageModel
{
    [BindProperty]
    public RoundForm Input { get; set; } = new();

    public IReadOnlyList<TeamRef> Teams { get; protected set; } = [];

    public IReadOnlyList<RoundCommands.ModelChoice> Models { get; protected set; } = [];

    public abstract string SubmitLabelKey { get; }
}
