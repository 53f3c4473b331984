using System.Data.Common;
using Dapper;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// Reads a round's counted cells per person and item (peers by distinct sheet token, the
/// managers' scores, the person's own score). Raw counts only: what may be used is decided by
/// <see cref="PlanRules"/> through the anonymity gate.
/// </summary>
public static partial class Evidence
{
    public sealed record Row
    {
        public int PersonId { get; init; }
        public int TeamId { get; init; }
        public int SkillItemId { get; init; }
        public string ItemKey { get; init; } = "";
        public Kind Kind { get; init; }
        public Area Area { get; init; }
        public Stage Stage { get; init; }
        public int Position { get; init; }
        public int PeerSum { get; init; }
        public int PeerScored { get; init; }
        public int PeerRaters { get; init; }
        public int ManagerSum { get; init; }
        public int ManagerScored { get; init; }
        public int? Self { get; init; }

        public ItemEvidence ToEvidence() => new()
        {
            ItemKey = ItemKey,
            Kind = Kind,
            Area = Area,
            Stage = Stage,
            Position = Position,
            PeerSum = PeerSum,
            PeerScored = PeerScored,
            PeerRaters = PeerRaters,
            ManagerSum = ManagerSum,
            ManagerScored = ManagerScored,
            Self = Self,
        };
    }

    /// <summary>Every rated person of the round, ordered by person, unbuffered so a large round streams.</summary>
    public static IAsyncEnumerable<Row> ForRoundAsync(DbConnection connection, DbTransaction? transaction, int roundId, int? teamId = null, int? personId = null) =>
        connection.QueryUnbufferedAsync<Row>(
            personId is not null ? Sql.PersonCells : teamId is not null ? Sql.TeamCells : Sql.RoundCells,
            new { RoundId = roundId, TeamId = teamId, PersonId = personId },
            transaction);

    public static async Task<List<ItemLevel>> LevelsAsync(DbConnection connection, int roundId, int personId, int threshold)
    {
        var levels = new List<ItemLevel>();
        await foreach (var row in ForRoundAsync(connection, null, roundId, personId: personId))
        {
            if (PlanRules.LevelOf(row.ToEvidence(), threshold) is { } level)
            {
                levels.Add(level);
            }
        }
        return levels;
    }

    // The three scopes share one statement; each adds its own filter, so each can use its index
    // (an "@X IS NULL OR" filter would scan the round). Fragments live outside Sql, whose every
    // constant must be a whole statement.
    private const string CellsSelect = """
        SELECT
            r.RateeId AS PersonId,
            MIN(r.TeamId) AS TeamId,
            i.Id AS SkillItemId,
            i.ItemKey AS ItemKey,
            i.Kind AS Kind,
            i.Area AS Area,
            i.Stage AS Stage,
            i.Position AS Position,
            COALESCE(SUM(CASE WHEN r.Perspective = 'peer' THEN r.Score END), 0) AS PeerSum,
            COUNT(CASE WHEN r.Perspective = 'peer' THEN r.Score END) AS PeerScored,
            COUNT(DISTINCT CASE WHEN r.Perspective = 'peer' AND r.Score IS NOT NULL THEN r.SheetToken END) AS PeerRaters,
            COALESCE(SUM(CASE WHEN r.Perspective = 'manager' THEN r.Score END), 0) AS ManagerSum,
            COUNT(CASE WHEN r.Perspective = 'manager' THEN r.Score END) AS ManagerScored,
            MAX(CASE WHEN r.Perspective = 'self' THEN r.Score END) AS Self
        FROM Rating r
        JOIN SkillItem i ON i.Id = r.SkillItemId
        WHERE r.RoundId = @RoundId
          AND r.RateeId IS NOT NULL
          AND i.Scope = 'person'
        """;

    private const string CellsGroupAndOrder = """

        GROUP BY r.RateeId, i.Id, i.ItemKey, i.Kind, i.Area, i.Stage, i.Position
        ORDER BY r.RateeId, i.Position
        """;

    internal static class Sql
    {
        public const string RoundCells = CellsSelect + CellsGroupAndOrder;

        public const string TeamCells = CellsSelect + """

              AND r.TeamId = @TeamId
            """ + CellsGroupAndOrder;

        public const string PersonCells = CellsSelect + """

              AND r.RateeId = @PersonId
            """ + CellsGroupAndOrder;
    }
}
