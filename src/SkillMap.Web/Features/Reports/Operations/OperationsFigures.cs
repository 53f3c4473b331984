using System.Data.Common;
using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Reports.Team;

namespace SkillMap.Web.Features.Reports.Operations;

/// <summary>A team's monthly operations figures: read for the entry page, written one month at a time.</summary>
public sealed partial class OperationsFigures(Db db, AuditLog audit, TimeProvider clock)
{
    public sealed record Figures(string Month, int? Incidents, int? AfterHoursPages, decimal? OvertimeHours, decimal? ChangeFailureRate);

    public async Task<string?> TeamNameAsync(int teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(Sql.TeamName, new { TeamId = teamId });
    }

    public async Task<IReadOnlyList<TeamDashboardQuery.OperationsRow>> RecentAsync(int teamId, string fromMonth, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TeamDashboardQuery.OperationsRow>(Sql.Recent, new { TeamId = teamId, FromMonth = fromMonth })).ToList();
    }

    /// <summary>Replaces the month's figures (a blank figure is stored as not entered) and records who did it.</summary>
    public Task SaveAsync(int teamId, Figures figures, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var p = new
            {
                TeamId = teamId,
                figures.Month,
                figures.Incidents,
                figures.AfterHoursPages,
                figures.OvertimeHours,
                figures.ChangeFailureRate,
                UpdatedBy = actorId,
                Now = clock.GetUtcNow().UtcDateTime,
            };
            if (await connection.ExecuteAsync(Sql.Update, p, transaction) == 0)
            {
                await InsertAsync(connection, transaction, p);
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.OperationsFiguresSaved, actorId, "team", teamId, figures.Month));
            return true;
        }, cancellationToken);

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, object p)
    {
        try
        {
            await connection.ExecuteAsync(Sql.Insert, p, transaction);
        }
        catch (DbException exception) when (Dialect.IsUniqueViolation(exception))
        {
            // Another manager saved the same month a moment ago (SQL Server); the later save wins.
            await connection.ExecuteAsync(Sql.Update, p, transaction);
        }
    }

    internal static class Sql
    {
        public const string TeamName = """
            SELECT Name
            FROM Team
            WHERE Id = @TeamId
            """;

        public const string Recent = """
            SELECT
                Month AS Month,
                Incidents AS Incidents,
                AfterHoursPages AS AfterHoursPages,
                OvertimeHours AS OvertimeHours,
                ChangeFailureRate AS ChangeFailureRate
            FROM OperationsFigure
            WHERE TeamId = @TeamId
              AND Month >= @FromMonth
            ORDER BY Month DESC
            """;

        public const string Update = """
            UPDATE OperationsFigure
            SET Incidents = @Incidents,
                AfterHoursPages = @AfterHoursPages,
                OvertimeHours = @OvertimeHours,
                ChangeFailureRate = @ChangeFailureRate,
                UpdatedBy = @UpdatedBy,
                UpdatedAt = @Now
            WHERE TeamId = @TeamId
              AND Month = @Month
            """;

        public const string Insert = """
            INSERT INTO OperationsFigure (TeamId, Month, Incidents, AfterHoursPages, OvertimeHours, ChangeFailureRate, UpdatedBy, UpdatedAt)
            VALUES (@TeamId, @Month, @Incidents, @AfterHoursPages, @OvertimeHours, @ChangeFailureRate, @UpdatedBy, @Now)
            """;
    }
}
