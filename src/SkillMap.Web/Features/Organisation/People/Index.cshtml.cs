using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.People;

/// <summary>People in reading order, searchable by name, reading, email or employee number, a page at a time.</summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class IndexModel(PeopleQueries queries, CurrentPerson me) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? TeamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Deactivated { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<PeopleQueries.PersonRow> People { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<PeopleQueries.TeamOption> Teams { get; private set; } = [];

    public bool IsAdmin => me.IsAdmin;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await queries.ListAsync(new PeopleQueries.Filter(Text, TeamId, Deactivated), cancellationToken);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        People = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        Teams = await queries.TeamOptionsAsync(cancellationToken);
    }

    public string PageUrl(int page) => QueryHelpers(page);

    private string QueryHelpers(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Text, ["teamId"] = TeamId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["deactivated"] = Deactivated ? "true" : null, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/people", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
