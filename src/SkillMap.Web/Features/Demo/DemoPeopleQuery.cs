using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Demo;

/// <summary>The people a visitor may act as in demo mode: only those flagged as demo.</summary>
public sealed partial class DemoPeopleQuery(Db db)
{
    public sealed record DemoPerson
    {
        public int Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? NameReading { get; init; }
        public string Role { get; init; } = "";
        public string? TeamName { get; init; }
    }

    public async Task<IReadOnlyList<DemoPerson>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<DemoPerson>(Sql.DemoPeople)).ToList();
    }

    public async Task<DemoPerson?> FindAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DemoPerson>(Sql.DemoPerson, new { PersonId = personId });
    }

    internal static class Sql
    {
        public const string DemoPeople = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading,
                p.Role AS Role,
                COALESCE(
                    (SELECT MIN(t.Name) FROM TeamMembership m JOIN Team t ON t.Id = m.TeamId WHERE m.PersonId = p.Id AND m.ToDate IS NULL),
                    (SELECT MIN(t.Name) FROM TeamManager tm JOIN Team t ON t.Id = tm.TeamId WHERE tm.PersonId = p.Id)) AS TeamName
            FROM Person p
            WHERE p.IsDemo = 1
              AND p.DeactivatedAt IS NULL
            ORDER BY TeamName, CASE p.Role WHEN 'admin' THEN 0 WHEN 'manager' THEN 1 ELSE 2 END, COALESCE(p.NameReading, p.DisplayName)
            """;

        public const string DemoPerson = """
            SELECT
                p.Id AS Id,
                p.DisplayName AS DisplayName,
                p.NameReading AS NameReading,
                p.Role AS Role,
                NULL AS TeamName
            FROM Person p
            WHERE p.Id = @PersonId
              AND p.IsDemo = 1
              AND p.DeactivatedAt IS NULL
            """;
    }
}
