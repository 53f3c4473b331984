using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Navigation;

/// <summary>The teams the header offers a manager or admin: those they belong to now and those they manage.</summary>
public sealed partial class NavigationQuery(Db db)
{
    public sealed record TeamLink
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public bool IsMember { get; init; }
        public bool Manages { get; init; }
    }

    /// <summary>Kept prepared (<see cref="Db.ReadPreparedAsync{T}"/>): it runs on every page a manager or admin opens.</summary>
    public Task<IReadOnlyList<TeamLink>> TeamsAsync(int personId, CancellationToken cancellationToken = default) =>
        db.ReadPreparedAsync<IReadOnlyList<TeamLink>>(Sql.Teams, [("@PersonId", personId)], rows => rows.ToList<TeamLink>(), cancellationToken);

    internal static class Sql
    {
        // The person's own team first (where "My team" leads), then the teams they manage by name. Driven by
        // the person's memberships and managed teams (both indexed by person): it runs on every page a
        // manager or admin opens, and a scan of all teams cost a millisecond at 8,000 people.
        public const string Teams = """
            SELECT
                t.Id AS Id,
                t.Name AS Name,
                MAX(x.IsMember) AS IsMember,
                MAX(x.Manages) AS Manages
            FROM (
                SELECT m.TeamId AS TeamId, 1 AS IsMember, 0 AS Manages
                FROM TeamMembership m
                WHERE m.PersonId = @PersonId
                  AND m.ToDate IS NULL
                UNION ALL
                SELECT tm.TeamId AS TeamId, 0 AS IsMember, 1 AS Manages
                FROM TeamManager tm
                WHERE tm.PersonId = @PersonId
            ) x
            JOIN Team t ON t.Id = x.TeamId
            WHERE t.ArchivedAt IS NULL
            GROUP BY t.Id, t.Name
            ORDER BY IsMember DESC, t.Name, t.Id
            """;
    }
}
