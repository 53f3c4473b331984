namespace SkillMap.Web.Features.Reports.Rollups;

public sealed partial class RollupBuilder
{
    internal static class Sql
    {
        public const string RoundState = """
            SELECT
                Status AS Status,
                PeerThreshold AS PeerThreshold
            FROM Round
            WHERE Id = @RoundId
              AND PurgedAt IS NULL
            """;

        public const string Delete = """
            DELETE FROM ItemSummaryRollup WHERE RoundId = @RoundId;
            DELETE FROM TeamSummaryRollup WHERE RoundId = @RoundId;
            DELETE FROM TeamCellRollup WHERE RoundId = @RoundId;
            DELETE FROM PeerCellRollup WHERE RoundId = @RoundId;
            DELETE FROM RollupBuild WHERE RoundId = @RoundId;
            """;

        // Distinct raters count scores only: a peer who said "not observed" everywhere adds nothing.
        public const string InsertPeerCells = """
            INSERT INTO PeerCellRollup (RoundId, TeamId, RateeId, SkillItemId, N1, N2, N3, N4, N5, NotObserved, Raters)
            SELECT
                r.RoundId,
                r.TeamId,
                r.RateeId,
                r.SkillItemId,
                SUM(CASE WHEN r.Score = 1 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 2 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 3 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 4 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 5 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score IS NULL THEN 1 ELSE 0 END),
                COUNT(DISTINCT CASE WHEN r.Score IS NOT NULL THEN r.SheetToken END)
            FROM Rating r
            WHERE r.RoundId = @RoundId
              AND r.Perspective = 'peer'
            GROUP BY r.RoundId, r.TeamId, r.RateeId, r.SkillItemId
            """;

        public const string InsertTeamCells = """
            INSERT INTO TeamCellRollup (RoundId, TeamId, Perspective, SkillItemId, N1, N2, N3, N4, N5, NotObserved, Raters)
            SELECT
                r.RoundId,
                r.TeamId,
                r.Perspective,
                r.SkillItemId,
                SUM(CASE WHEN r.Score = 1 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 2 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 3 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 4 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score = 5 THEN 1 ELSE 0 END),
                SUM(CASE WHEN r.Score IS NULL THEN 1 ELSE 0 END),
                COUNT(DISTINCT CASE
                    WHEN r.Score IS NULL THEN NULL
                    WHEN r.Perspective = 'self' THEN r.RaterId
                    ELSE r.SheetToken
                END)
            FROM Rating r
            WHERE r.RoundId = @RoundId
              AND r.Perspective IN ('self', 'team')
            GROUP BY r.RoundId, r.TeamId, r.Perspective, r.SkillItemId
            """;

        public const string DistinctRaterCounts = """
            SELECT Raters FROM PeerCellRollup WHERE RoundId = @RoundId
            UNION
            SELECT Raters FROM TeamCellRollup WHERE RoundId = @RoundId
            """;

        // Only cells whose rater count the gate let through (@Shown) enter a total.
        public const string InsertTeamSummaries = """
            WITH ShownCell AS (
                SELECT c.RoundId, c.TeamId, 'peer' AS Perspective, c.SkillItemId, c.N1, c.N2, c.N3, c.N4, c.N5, c.NotObserved
                FROM PeerCellRollup c
                WHERE c.RoundId = @RoundId
                  AND c.Raters IN @Shown
                UNION ALL
                SELECT c.RoundId, c.TeamId, c.Perspective, c.SkillItemId, c.N1, c.N2, c.N3, c.N4, c.N5, c.NotObserved
                FROM TeamCellRollup c
                WHERE c.RoundId = @RoundId
                  AND c.Raters IN @Shown
            ),
            ItemCell AS (
                SELECT s.RoundId, s.TeamId, s.Perspective, i.Stage, i.Area, i.Kind, s.N1, s.N2, s.N3, s.N4, s.N5, s.NotObserved
                FROM ShownCell s
                JOIN SkillItem i ON i.Id = s.SkillItemId
            )
            INSERT INTO TeamSummaryRollup (RoundId, TeamId, Perspective, Dimension, Value, N1, N2, N3, N4, N5, NotObserved, Cells)
            SELECT RoundId, TeamId, Perspective, 'stage', Stage, SUM(N1), SUM(N2), SUM(N3), SUM(N4), SUM(N5), SUM(NotObserved), COUNT(*)
            FROM ItemCell
            GROUP BY RoundId, TeamId, Perspective, Stage
            UNION ALL
            SELECT RoundId, TeamId, Perspective, 'area', Area, SUM(N1), SUM(N2), SUM(N3), SUM(N4), SUM(N5), SUM(NotObserved), COUNT(*)
            FROM ItemCell
            GROUP BY RoundId, TeamId, Perspective, Area
            UNION ALL
            SELECT RoundId, TeamId, Perspective, 'kind', Kind, SUM(N1), SUM(N2), SUM(N3), SUM(N4), SUM(N5), SUM(NotObserved), COUNT(*)
            FROM ItemCell
            GROUP BY RoundId, TeamId, Perspective, Kind
            """;

        // Strong: the cell's mean is at least @StrongLevel, tested in whole numbers (sum ≥ level × scored).
        public const string InsertItemSummaries = """
            INSERT INTO ItemSummaryRollup (RoundId, SkillItemId, N1, N2, N3, N4, N5, NotObserved, Cells, StrongCells, Teams, TeamsWithStrong)
            SELECT
                c.RoundId,
                c.SkillItemId,
                SUM(c.N1),
                SUM(c.N2),
                SUM(c.N3),
                SUM(c.N4),
                SUM(c.N5),
                SUM(c.NotObserved),
                COUNT(*),
                SUM(CASE WHEN c.N1 + 2 * c.N2 + 3 * c.N3 + 4 * c.N4 + 5 * c.N5 >= @StrongLevel * (c.N1 + c.N2 + c.N3 + c.N4 + c.N5) THEN 1 ELSE 0 END),
                COUNT(DISTINCT c.TeamId),
                COUNT(DISTINCT CASE WHEN c.N1 + 2 * c.N2 + 3 * c.N3 + 4 * c.N4 + 5 * c.N5 >= @StrongLevel * (c.N1 + c.N2 + c.N3 + c.N4 + c.N5) THEN c.TeamId END)
            FROM PeerCellRollup c
            WHERE c.RoundId = @RoundId
              AND c.Raters IN @Shown
            GROUP BY c.RoundId, c.SkillItemId
            """;

        public const string InsertBuild = """
            INSERT INTO RollupBuild (RoundId, Threshold, BuiltAt)
            VALUES (@RoundId, @Threshold, @Now)
            """;
    }
}
