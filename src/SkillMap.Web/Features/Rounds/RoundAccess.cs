using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Which rounds and teams the signed-in admin or manager may manage. Admins: every round. Managers:
/// rounds that include a team they manage (team-level work such as peers, release, comments and
/// reminders only for those teams); round-level changes only when they manage every team in it.
/// Everyone else gets null, and the page answers 404.
/// </summary>
public sealed partial class RoundAccess(Db db, CurrentPerson me)
{
    public sealed record Grant(RoundRow Round, IReadOnlyList<TeamRef> Teams, IReadOnlySet<int> ManagedTeams, bool IsAdmin)
    {
        /// <summary>May change the round itself: its settings, dates, opening, closing, archive and purge.</summary>
        public bool Whole => IsAdmin || (Teams.Count > 0 && Teams.All(t => ManagedTeams.Contains(t.Id)));

        public bool CanManageTeam(int teamId) => IsAdmin || ManagedTeams.Contains(teamId);

        /// <summary>The round's teams this person manages (all of them for an admin).</summary>
        public IReadOnlyList<TeamRef> MyTeams => Teams.Where(t => CanManageTeam(t.Id)).ToList();
    }

    public async Task<Grant?> ForAsync(int roundId, CancellationToken cancellationToken = default)
    {
        if (!me.IsSignedIn || me.Role == Role.Member)
        {
            return null;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Round, new { RoundId = roundId, PersonId = me.Id });
        var round = await results.ReadSingleOrDefaultAsync<RoundRow>();
        var teams = (await results.ReadAsync<TeamRef>()).ToList();
        var managed = (await results.ReadAsync<int>()).ToHashSet();
        if (round is null)
        {
            return null;
        }
        var grant = new Grant(round, teams, managed, me.IsAdmin);
        var visible = grant.IsAdmin || teams.Any(t => managed.Contains(t.Id)) || (round.CreatedBy == me.Id && teams.Count == 0);
        return visible ? grant : null;
    }

    /// <summary>Teams this person may put in a round: every active team for an admin, the teams they manage otherwise.</summary>
    public async Task<IReadOnlyList<TeamRef>> ChoosableTeamsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TeamRef>(Sql.ChoosableTeams, new { PersonId = me.Id, IsAdmin = me.IsAdmin ? 1 : 0 })).ToList();
    }

    public async Task<IReadOnlyList<RoundRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RoundRow>(Sql.List, new { PersonId = me.Id, IsAdmin = me.IsAdmin ? 1 : 0 })).ToList();
    }

    /// <summary>Display names of people, for messages that name a ratee.</summary>
    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IEnumerable<int> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, string>();
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(long Id, string Name)>(Sql.Names, new { Ids = ids })).ToDictionary(n => (int)n.Id, n => n.Name);
    }

    public async Task<IReadOnlyDictionary<int, List<string>>> TeamNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(long RoundId, string Name)>(Sql.RoundTeamNames))
            .GroupBy(r => (int)r.RoundId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Name).ToList());
    }
}
