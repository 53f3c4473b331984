using Dapper;
using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>Reads teams and units for the admin pages, sorted as people read them (Japanese collation).</summary>
public sealed partial class TeamQueries(Db db, CurrentPerson me)
{
    public sealed record TeamRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int? UnitId { get; init; }
        public DateTime? ArchivedAt { get; init; }
        public int MemberCount { get; init; }
    }

    public sealed record ManagerRow
    {
        public int TeamId { get; init; }
        public int PersonId { get; init; }
        public string DisplayName { get; init; } = "";
        public string? NameReading { get; init; }
    }

    public sealed record MemberRow
    {
        public int PersonId { get; init; }
        public string DisplayName { get; init; } = "";
        public string? NameReading { get; init; }
        public string? EmployeeNumber { get; init; }
        public string Role { get; init; } = "";
        public bool IsRated { get; init; }
        public DateTime FromDate { get; init; }
        public DateTime? ToDate { get; init; }
    }

    public sealed record Overview(IReadOnlyList<TeamRow> Teams, IReadOnlyList<ExistingUnit> Units, ILookup<int, ManagerRow> Managers)
    {
        public UnitTree Tree { get; } = new(Units);
    }

    public sealed record Detail(TeamRow Team, IReadOnlyList<MemberRow> Members, IReadOnlyList<MemberRow> Former, IReadOnlyList<ManagerRow> Managers, IReadOnlyList<ManagerRow> Candidates, IReadOnlyList<ExistingUnit> Units);

    /// <summary>Every team the visitor may manage (all for an admin), with units and managers.</summary>
    public async Task<Overview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Overview, new { PersonId = me.Id, IsAdmin = me.IsAdmin ? 1 : 0 });
        var teams = (await results.ReadAsync<TeamRow>()).OrderBy(t => t.Name, NameOrder.Instance).ToList();
        var units = (await results.ReadAsync<UnitRow>()).Select(u => u.ToExisting()).OrderBy(u => u.Name, NameOrder.Instance).ToList();
        var managers = (await results.ReadAsync<ManagerRow>()).OrderBy(m => NameOrder.Key(m.DisplayName, m.NameReading), NameOrder.Instance).ToLookup(m => m.TeamId);
        return new Overview(teams, units, managers);
    }

    public async Task<Detail?> DetailAsync(int teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Detail, new { TeamId = teamId });
        var team = await results.ReadSingleOrDefaultAsync<TeamRow>();
        if (team is null)
        {
            return null;
        }
        var memberships = (await results.ReadAsync<MemberRow>()).ToList();
        var managers = (await results.ReadAsync<ManagerRow>()).ToList();
        var candidates = (await results.ReadAsync<ManagerRow>()).ToList();
        var units = (await results.ReadAsync<UnitRow>()).Select(u => u.ToExisting()).OrderBy(u => u.Name, NameOrder.Instance).ToList();
        static List<T> ByName<T>(IEnumerable<T> rows, Func<T, string> key) => rows.OrderBy(key, NameOrder.Instance).ToList();
        return new Detail(
            team,
            ByName(memberships.Where(m => m.ToDate is null), m => NameOrder.Key(m.DisplayName, m.NameReading)),
            memberships.Where(m => m.ToDate is not null).OrderByDescending(m => m.ToDate).ToList(),
            ByName(managers, m => NameOrder.Key(m.DisplayName, m.NameReading)),
            ByName(candidates.Where(c => managers.All(m => m.PersonId != c.PersonId)), c => NameOrder.Key(c.DisplayName, c.NameReading)),
            units);
    }

    public async Task<IReadOnlyList<ExistingUnit>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<UnitRow>(Sql.Units)).Select(u => u.ToExisting()).OrderBy(u => u.Name, NameOrder.Instance).ToList();
    }

    internal sealed record UnitRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int? ParentId { get; init; }
        public DateTime? ArchivedAt { get; init; }

        public ExistingUnit ToExisting() => new() { Id = Id, Name = Name, ParentId = ParentId, Archived = ArchivedAt is not null };
    }
}
