using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// A manager adds, rewords (Markdown), assigns, dates or removes one action of a plan. An empty
/// wording keeps the model's suggestion, which every reader then sees in their own language.
/// </summary>
public sealed class EditActionModel(PlanAccess access, PlanQuery query, PlanCommands commands, IStringLocalizer<Strings> t) : PageModel
{
    public sealed class InputModel
    {
        public int? SkillItemId { get; set; }

        public string? ActionType { get; set; }

        [StringLength(4000, ErrorMessage = "Plans.Edit.BodyTooLong")]
        public string? Body { get; set; }

        public int? OwnerId { get; set; }

        [DataType(DataType.Date)]
        public DateTime? DueDate { get; set; }

        public string Status { get; set; } = "planned";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public PlanQuery.Result Data { get; private set; } = null!;

    public PlanQuery.ActionRow? Action { get; private set; }

    public IReadOnlyList<(int Id, string Key, string Ja, string En, string Kind)> Items { get; private set; } = [];

    public string Language => LocalizationServices.Current;

    public async Task<IActionResult> OnGetAsync(int planId, int? actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, actionId, cancellationToken))
        {
            return NotFound();
        }
        if (Action is { } action)
        {
            Input = new InputModel
            {
                SkillItemId = action.SkillItemId,
                ActionType = action.ActionType,
                Body = action.Body,
                OwnerId = action.OwnerId,
                DueDate = action.DueDate,
                Status = action.Status,
            };
        }
        else
        {
            Input = new InputModel { ActionType = Slug.Of(ActionType.Training), OwnerId = Data.Plan.PersonId };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, int? actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(planId, actionId, cancellationToken))
        {
            return NotFound();
        }
        var input = Validate();
        if (input is null)
        {
            return Page();
        }
        if (!await commands.SaveActionAsync(planId, Action?.Id, input, cancellationToken))
        {
            return NotFound();
        }
        StatusMessage = t["Plans.Edit.Saved"];
        return RedirectToPage("/Plans/Plan", new { planId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int planId, int? actionId, CancellationToken cancellationToken)
    {
        if (actionId is null || !await LoadAsync(planId, actionId, cancellationToken) || !await commands.RemoveActionAsync(planId, actionId.Value, cancellationToken))
        {
            return NotFound();
        }
        StatusMessage = t["Plans.Edit.Removed"];
        return RedirectToPage("/Plans/Plan", new { planId });
    }

    /// <summary>Checks every field against what this plan allows; adds messages in the reader's language and returns null when anything is wrong.</summary>
    private PlanCommands.ActionInput? Validate()
    {
        if (!Slug.TryParse<ActionStatus>(Input.Status, out var status))
        {
            ModelState.AddModelError("Input.Status", t["Plans.Status.Invalid"]);
        }
        if (Input.OwnerId is { } owner && Data.Owners.All(o => o.Id != owner))
        {
            ModelState.AddModelError("Input.OwnerId", t["Plans.Edit.OwnerInvalid"]);
        }
        if (Input.DueDate is { } due && (due.Year < 2000 || due.Year > 2100))
        {
            ModelState.AddModelError("Input.DueDate", t["Plans.Edit.DueInvalid"]);
        }
        var type = Action?.Type;
        int? itemId = Action?.SkillItemId;
        if (Action is null)
        {
            if (!Slug.TryParse<ActionType>(Input.ActionType, out var parsed) || parsed == ActionType.Team)
            {
                ModelState.AddModelError("Input.ActionType", t["Plans.Edit.TypeInvalid"]);
            }
            type = parsed;
            itemId = Input.SkillItemId;
            if (itemId is { } id && Items.All(i => i.Id != id))
            {
                ModelState.AddModelError("Input.SkillItemId", t["Plans.Edit.ItemInvalid"]);
            }
            if (itemId is null && string.IsNullOrWhiteSpace(Input.Body))
            {
                ModelState.AddModelError("Input.Body", t["Plans.Edit.BodyRequired"]);
            }
        }
        if (!ModelState.IsValid || type is null || status is null)
        {
            return null;
        }
        return new PlanCommands.ActionInput
        {
            SkillItemId = itemId,
            ActionType = type.Value,
            Body = Input.Body,
            OwnerId = Input.OwnerId,
            DueDate = Input.DueDate is { } d ? DateTime.SpecifyKind(d.Date, DateTimeKind.Utc) : null,
            Status = status.Value,
        };
    }

    private async Task<bool> LoadAsync(int planId, int? actionId, CancellationToken cancellationToken)
    {
        if (await access.RoleForPlanAsync(planId, cancellationToken) != PlanRole.Manage || await query.LoadAsync(planId, cancellationToken) is not { } data)
        {
            return false;
        }
        Data = data;
        if (actionId is { } id)
        {
            Action = data.Actions.FirstOrDefault(a => a.Id == id);
            if (Action is null)
            {
                return false;
            }
        }
        Items = await query.ItemsAsync(data.Plan.ModelVersionId, cancellationToken);
        return true;
    }

    public string Suggestion => Action is { } a ? PlanTexts.ActionMarkdown(a with { Body = null }, Language, t["Plans.Action.StrengthText"]) : "";
}
