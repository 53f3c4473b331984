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

    public async Task<IReadOnlyList<TeamLink>> TeamsAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TeamLink>(new CommandDefinition(Sql.Teams, new { PersonId = personId }, cancellationToken: cancellationToken))).ToList();
    }

    internal static class Sql
    {
        // The person's own team first (where "My team" leads), then the teams they manage by name.
        public const string Teams = """
            SELECT
                t.Id AS Id,
                t.Name AS Name,
                CASE WHEN EXISTS (SELECT 1 FROM TeamMembership m WHERE m.TeamId = t.Id AND m.PersonId = @PersonId AND m.ToDate IS NULL) THEN 1 ELSE 0 END AS IsMember,
                CASE WHEN EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId) THEN 1 ELSE 0 END AS Manages
            FROM Team t
            WHERE t.ArchivedAt IS NULL
              AND (EXISTS (SELECT 1 FROM TeamMembership m WHERE m.TeamId = t.Id AND m.PersonId = @PersonId AND m.ToDate IS NULL)
                OR EXISTS (SELECT 1 FROM TeamManager tm WHERE tm.TeamId = t.Id AND tm.PersonId = @PersonId))
            ORDER BY IsMember DESC, t.Name, t.Id
            """;
    }
}
