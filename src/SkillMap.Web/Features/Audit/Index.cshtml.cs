using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Audit;

/// <summary>Admins read the audit log: who did what, when; filtered by action, actor and dates (organisation time zone).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AuditQuery query, OrganizationTime time, IStringLocalizer<Strings> t) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditQuery.Row> Rows { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var from = Date(From, nameof(From));
        var to = Date(To, nameof(To))?.AddDays(1);
        Actions = await query.ActionsAsync(cancellationToken);
        var action = Actions.Contains(ActionFilter) ? ActionFilter : null;
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await query.SearchAsync(new AuditQuery.Filter(action, Actor?.Trim(), from, to, PageNumber), cancellationToken);
    }

    /// <summary>A yyyy-MM-dd date in the organisation's time zone, as the UTC instant its day starts.</summary>
    private DateTime? Date(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError(field, t["Audit.Error.Date", t[field == nameof(From) ? "Audit.From" : "Audit.To"]]);
            return null;
        }
        return TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), time.Zone);
    }

    public string PageUrl(int page) => QueryHelpers.AddQueryString("/admin/audit", new Dictionary<string, string?>
    {
        ["action"] = ActionFilter,
        ["actor"] = Actor,
        ["from"] = From,
        ["to"] = To,
        ["p"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(q => !string.IsNullOrEmpty(q.Value)));
}
