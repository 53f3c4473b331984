using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>The rounds an admin or manager looks after, open ones first.</summary>
[Authorize(Policy = Policies.ManagerOrAdmin)]
public sealed class IndexModel(RoundAccess access) : PageModel
{
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];

    public IReadOnlyDictionary<int, List<string>> TeamNames { get; private set; } = new Dictionary<int, List<string>>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rounds = await access.ListAsync(cancellationToken);
        TeamNames = await access.TeamNamesAsync(cancellationToken);
    }
}
