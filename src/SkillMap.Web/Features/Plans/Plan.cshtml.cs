using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// One person's plan for one round: the manager reviews and edits it, the person comments and agrees,
/// the manager approves; both move an action's status. The previous plan's items are shown against
/// this round's results.
/// </summary>
public sealed class PlanModel(PlanAccess access, PlanQuery query, PlanCommands commands, CurrentPerson me, IStringLocalizer<Strings> t) : PageModel
{
    public sealed class CommentInput
    {
        [Required(ErrorMessage = "Plans.Comment.Required")]
        [SkillMap.Web.Text.TextLimit(ErrorMessage = "Plans.Comment.TooLong")]
        public string? Body { get; set; }
    }

    [BindProperty]
    public CommentInput Comment { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanQuery.Result Data { get; private set; } = null!;

    public PlanRole Role { get; private set; }

    public string Language => LocalizationServices.Current;

    public IEnumerable<PlanQuery.ActionRow> Development => Data.Actions.Where(a => a.Type != ActionType.Strength);

    public IEnumerable<PlanQuery.ActionRow> Strengths => Data.Actions.Where(a => a.Type == ActionType.Strength);

    public bool UsesManagerAndSelf => Data.Actions.Any(a => a.Basis == Slug.Of(Basis.ManagerAndSelf));

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken cancellationToken) =>
        await LoadAsync(planId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAgreeAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }
        if (Role != PlanRole.Own || !await commands.AgreeAsync(planId, me.Id, cancellationToken))
        {
            ModelState.AddModelError("", t["Plans.Agree.NotNow"]);
            return Page();
        }
        StatusMessage = t["Plans.Agree.Done"];
        return RedirectToPage(new { planId });
    }

    public async Task<IActionResult> OnPostApproveAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }
        if (Role != PlanRole.Manage || !await commands.ApproveAsync(planId, me.Id, cancellationToken))
        {
            ModelState.AddModelError("", t["Plans.Approve.NotNow"]);
            return Page();
        }
        StatusMessage = t["Plans.Approve.Done"];
        return RedirectToPage(new { planId });
    }

    public async Task<IActionResult> OnPostCommentAsync(int planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(Comment.Body))
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError("Comment.Body", t["Plans.Comment.Required"]);
            }
            return Page();
        }
        await commands.CommentAsync(planId, me.Id, Comment.Body.Trim(), cancellationToken);
        StatusMessage = t["Plans.Comment.Done"];
        return RedirectToPage(new { planId });
    }

    public async Task<IActionResult> OnPostStatusAsync(int planId, int actionId, string? status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, cancellationToken))
        {
            return NotFound();
        }
        if (!Slug.TryParse<ActionStatus>(status, out var parsed) || !await commands.SetStatusAsync(planId, actionId, parsed.Value, cancellationToken))
        {
            ModelState.AddModelError("", t["Plans.Status.Invalid"]);
            return Page();
        }
        StatusMessage = t["Plans.Status.Updated"];
        return RedirectToPage(new { planId });
    }

    private async Task<bool> LoadAsync(int planId, CancellationToken cancellationToken)
    {
        Role = await access.RoleForPlanAsync(planId, cancellationToken);
        if (Role == PlanRole.None || await query.LoadAsync(planId, cancellationToken) is not { } data)
        {
            return false;
        }
        Data = data;
        return true;
    }

    /// <summary>The action as Markdown: the manager's wording, else the model's suggestion in the reader's language.</summary>
    public string ActionMarkdown(PlanQuery.ActionRow action) => PlanTexts.ActionMarkdown(action, Language, t["Plans.Action.StrengthText"]);

    public Movement MovementOf(PlanQuery.ActionRow action) =>
        new(Data.Previous!.Levels.GetValueOrDefault(action.ItemKey!), Data.Levels.GetValueOrDefault(action.ItemKey!));
}
