using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Reports.Team;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Reports.Operations;

/// <summary>
/// The team's manager (or an admin) enters a month's operations figures: incidents, after-hours
/// pages, overtime hours and change failure rate, shown on the dashboard beside the outcome stage.
/// </summary>
public sealed class OperationsModel(
    ReportAccess access, OperationsFigures figures, CurrentPerson me, TimeProvider clock, OrganizationTime time,
    IStringLocalizer<Strings> t) : PageModel
{
    public const int MaxCount = 100_000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public int TeamId { get; private set; }

    public string TeamName { get; private set; } = "";

    public IReadOnlyList<TeamDashboardQuery.OperationsRow> Recent { get; private set; } = [];

    public string CurrentMonth => time.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Text fields, so a wrong entry comes back as typed with a message in the reader's language.</summary>
    public sealed class InputModel
    {
        public string? Month { get; set; }
        public string? Incidents { get; set; }
        public string? AfterHoursPages { get; set; }
        public string? OvertimeHours { get; set; }
        public string? ChangeFailureRate { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int teamId, string? month, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        var chosen = ParseMonth(month) is not null ? month! : LastMonth();
        var existing = Recent.FirstOrDefault(r => r.Month == chosen);
        Input = new InputModel
        {
            Month = chosen,
            Incidents = existing?.Incidents?.ToString(CultureInfo.InvariantCulture),
            AfterHoursPages = existing?.AfterHoursPages?.ToString(CultureInfo.InvariantCulture),
            OvertimeHours = existing?.OvertimeHours?.ToString("0.#", CultureInfo.InvariantCulture),
            ChangeFailureRate = existing?.ChangeFailureRate?.ToString("0.#", CultureInfo.InvariantCulture),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int teamId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(teamId, cancellationToken))
        {
            return NotFound();
        }
        var month = ParseMonth(Input.Month);
        if (month is null)
        {
            ModelState.AddModelError("Input.Month", t["Report.OpsEntry.Error.Month"]);
        }
        else if (string.CompareOrdinal(Input.Month, CurrentMonth) > 0)
        {
            ModelState.AddModelError("Input.Month", t["Report.OpsEntry.Error.Future"]);
        }
        var incidents = Count(nameof(InputModel.Incidents), Input.Incidents, t["Report.Operations.Incidents"]);
        var pages = Count(nameof(InputModel.AfterHoursPages), Input.AfterHoursPages, t["Report.Operations.AfterHoursPages"]);
        var overtime = Decimal(nameof(InputModel.OvertimeHours), Input.OvertimeHours, MaxCount, t["Report.Operations.OvertimeHours"]);
        var failure = Decimal(nameof(InputModel.ChangeFailureRate), Input.ChangeFailureRate, 100, t["Report.Operations.ChangeFailureRate"]);
        if (ModelState.IsValid && incidents is null && pages is null && overtime is null && failure is null)
        {
            ModelState.AddModelError("", t["Report.OpsEntry.Error.Nothing"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await figures.SaveAsync(teamId, new OperationsFigures.Figures(Input.Month!, incidents, pages, overtime, failure), me.Id, cancellationToken);
        StatusMessage = t["Report.OpsEntry.Saved", Input.Month!];
        return RedirectToPage(new { teamId, month = Input.Month });
    }

    private async Task<bool> LoadAsync(int teamId, CancellationToken cancellationToken)
    {
        if (!await access.ManagesTeamAsync(teamId, cancellationToken) || await figures.TeamNameAsync(teamId, cancellationToken) is not { } name)
        {
            return false;
        }
        TeamId = teamId;
        TeamName = name;
        var from = time.ToLocal(clock.GetUtcNow().UtcDateTime).AddMonths(-12).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Recent = await figures.RecentAsync(teamId, from, cancellationToken);
        return true;
    }

    private string LastMonth() => time.ToLocal(clock.GetUtcNow().UtcDateTime).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DateTime? ParseMonth(string? month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year >= 2000
            ? parsed
            : null;

    private int? Count(string field, string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= MaxCount)
        {
            return value;
        }
        ModelState.AddModelError("Input." + field, t["Report.OpsEntry.Error.Count", label, MaxCount]);
        return null;
    }

    private decimal? Decimal(string field, string? text, int max, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value <= max && decimal.Round(value, 1) == value)
        {
            return value;
        }
        ModelState.AddModelError("Input." + field, t["Report.OpsEntry.Error.Decimal", label, max]);
        return null;
    }
}
