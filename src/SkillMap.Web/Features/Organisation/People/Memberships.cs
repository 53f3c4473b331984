using System.Data.Common;
using Dapper;

namespace SkillMap.Web.Features.Organisation.People;

/// <summary>
/// Team membership is history, not a flag: a move ends the current row and starts a new one, so a
/// rating keeps the team its ratee was in when the round ran. Shared by the pages and the CSV import.
/// </summary>
internal static class Memberships
{
    /// <summary>Ends every current membership at <paramref name="at"/> and, when a team is given, starts one there.</summary>
    public static async Task MoveAsync(DbConnection c, DbTransaction t, int personId, int? teamId, DateTime at)
    {
        await c.ExecuteAsync(Sql.EndCurrent, new { PersonId = personId, At = at }, t);
        if (teamId is { } id)
        {
            await c.ExecuteAsync(Sql.Start, new { PersonId = personId, TeamId = id, At = at }, t);
        }
    }

    /// <summary>Makes the person manage exactly these teams.</summary>
    public static async Task SetManagedAsync(DbConnection c, DbTransaction t, int personId, IReadOnlyCollection<int> teamIds)
    {
        await c.ExecuteAsync(Sql.RemoveManagedExcept, new { PersonId = personId, TeamIds = teamIds.Count == 0 ? new[] { 0 } : teamIds.ToArray() }, t);
        await c.ExecuteAsync(Sql.AddManaged, teamIds.Select(id => new { PersonId = personId, TeamId = id }), t);
    }

    public static Task<DateTime?> CurrentSinceAsync(DbConnection c, DbTransaction? t, int personId) =>
        c.ExecuteScalarAsync<DateTime?>(Sql.CurrentSince, new { PersonId = personId }, t);

    internal static class Sql
    {
        public const string EndCurrent = """
            UPDATE TeamMembership
            SET ToDate = @At
            WHERE PersonId = @PersonId
              AND ToDate IS NULL
            """;

        public const string Start = """
            INSERT INTO TeamMembership (TeamId, PersonId, FromDate)
            VALUES (@TeamId, @PersonId, @At)
            """;

        public const string CurrentSince = """
            SELECT MAX(FromDate)
            FROM TeamMembership
            WHERE PersonId = @PersonId
              AND ToDate IS NULL
            """;

        public const string RemoveManagedExcept = """
            DELETE FROM TeamManager
            WHERE PersonId = @PersonId
              AND TeamId NOT IN @TeamIds
            """;

        public const string AddManaged = """
            INSERT INTO TeamManager (TeamId, PersonId)
            SELECT @TeamId, @PersonId
            WHERE NOT EXISTS (
                SELECT 1
                FROM TeamManager
                WHERE TeamId = @TeamId
                  AND PersonId = @PersonId)
            """;
    }
}
