using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Navigation;

/// <summary>
/// The header's primary navigation, short and by role: everyone has Surveys, My report and Plans;
/// "My team" leads to the person's team; a manager's team menu lists their teams with rounds and
/// people beside them; an admin has one "Administration" menu. Members' links need no query. The
/// layout renders <c>_SiteNavigation</c> with this model directly: as a view component it cost every
/// page a component invocation and a second view look-up (4% of the rating page).
/// </summary>
public sealed class SiteNavigation(NavigationQuery query, CurrentPerson me)
{
    public async Task<NavigationModel> ForAsync(HttpContext context)
    {
        var teams = me.IsSignedIn && me.Role != Role.Member ? await query.TeamsAsync(me.Id, context.RequestAborted) : [];
        return new NavigationModel(me.Id, me.Role, teams, context.Request.Path);
    }
}

/// <summary>What the navigation shows, and which entry is the current page.</summary>
public sealed class NavigationModel(int personId, Role role, IReadOnlyList<NavigationQuery.TeamLink> teams, PathString path)
{
    private readonly string here = (path.Value ?? "/").TrimEnd('/').ToLowerInvariant();

    public int PersonId { get; } = personId;

    public bool IsAdmin => role == Role.Admin;

    public bool IsManager => role == Role.Manager;

    public IReadOnlyList<NavigationQuery.TeamLink> Teams { get; } = teams;

    /// <summary>A manager always gets the team menu (their rounds and people live there); others when they have several teams.</summary>
    public bool TeamMenu => IsManager || Teams.Count > 1;

    public string MyReport => $"/reports/people/{PersonId}";

    /// <summary><c>aria-current</c>: "page" on the page itself, "true" anywhere below it, else nothing.</summary>
    public string? Current(params string[] addresses)
    {
        foreach (var address in addresses)
        {
            if (here == address)
            {
                return "page";
            }
        }
        return addresses.Any(a => here.StartsWith(a + "/", StringComparison.Ordinal)) ? "true" : null;
    }

    /// <summary>A member sees only their own team's pages, so any team page is "My team" for them.</summary>
    public string? MyTeamCurrent() =>
        Teams.Count == 1 ? Current($"/teams/{Teams[0].Id}")
        : role == Role.Member && here.StartsWith("/teams/", StringComparison.Ordinal) ? (here.Count(c => c == '/') == 2 ? "page" : "true")
        : Current("/team");

    public string? Exactly(string address) => here == address ? "page" : null;

    /// <summary>A menu holds the current page: its button is marked too, so the section shows where you are.</summary>
    public bool Holds(params string[] addresses) => Current(addresses) is not null;

    public string[] TeamAddresses => Teams.Select(t => $"/teams/{t.Id}").ToArray();

    public static readonly string[] AdminAddresses =
        ["/admin", "/admin/rounds", "/admin/model", "/admin/teams", "/admin/people", "/admin/organisation", "/reports/organisation", "/admin/audit", "/admin/metrics"];
}
