using System.Data.Common;
using Dapper;
using SkillMap.Core.Scoring;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Reports.Rollups;

/// <summary>
/// Writes a closed round's rollups: whole cells (counts per level and distinct raters) for peers per
/// ratee × item and for self and team answers per team × item, then team and organisation totals
/// pooled only from the cells <see cref="Anonymity.CanShow"/> lets through. Ratings never change after
/// a close, so nothing here can go stale; <see cref="RollupBuild"/> says which rounds have rollups
/// and with which threshold.
/// </summary>
public sealed partial class RollupBuilder(Db db, TimeProvider clock, ILogger<RollupBuilder> logger)
{
    private sealed record RoundState
    {
        public string Status { get; init; } = "";
        public int PeerThreshold { get; init; }
    }

    /// <summary>Builds (or rebuilds) one round's rollups inside the caller's transaction.</summary>
    public async Task BuildAsync(DbConnection connection, DbTransaction transaction, int roundId)
    {
        var round = await connection.QuerySingleOrDefaultAsync<RoundState>(Sql.RoundState, new { RoundId = roundId }, transaction);
        if (round is not { Status: "closed" or "archived" })
        {
            return;
        }
        await DeleteAsync(connection, transaction, roundId);
        var p = new { RoundId = roundId };
        await connection.ExecuteAsync(Sql.InsertPeerCells, p, transaction);
        await connection.ExecuteAsync(Sql.InsertTeamCells, p, transaction);
        // The gate decides for every distinct rater count present; SQL then keeps the cells whose
        // count it let through. No threshold arithmetic is repeated in SQL.
        var present = await connection.QueryAsync<int>(Sql.DistinctRaterCounts, p, transaction);
        var shown = present.Where(n => Anonymity.CanShow(n, round.PeerThreshold)).ToArray();
        var gated = new { RoundId = roundId, Shown = shown, Coverage.StrongLevel };
        await connection.ExecuteAsync(Sql.InsertTeamSummaries, gated, transaction);
        await connection.ExecuteAsync(Sql.InsertItemSummaries, gated, transaction);
        await connection.ExecuteAsync(Sql.InsertBuild, new
        {
            RoundId = roundId,
            Threshold = Anonymity.EffectiveThreshold(round.PeerThreshold),
            Now = clock.GetUtcNow().UtcDateTime,
        }, transaction);
    }

    /// <summary>Removes a round's rollups (a purge must call this with the round's ratings).</summary>
    public static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, int roundId)
    {
        await connection.ExecuteAsync(Sql.Delete, new { RoundId = roundId }, transaction);
    }

    /// <summary>
    /// Rounds closed before rollups existed, or whose threshold no longer matches the one they were
    /// built with, are built here once, on first use.
    /// </summary>
    public async Task EnsureAsync(IEnumerable<ClosedRound> rounds, CancellationToken cancellationToken = default)
    {
        foreach (var round in rounds.Where(r => r.NeedsBuild))
        {
            try
            {
                await db.WriteAsync(async (connection, transaction) =>
                {
                    await BuildAsync(connection, transaction, round.RoundId);
                    return true;
                }, cancellationToken);
                logger.LogInformation("Rollups built for round {RoundId}", round.RoundId);
            }
            catch (DbException exception) when (Dialect.IsUniqueViolation(exception))
            {
                // Another instance built them at the same moment; theirs are as good as ours.
            }
        }
    }
}

/// <summary>A closed round as a report reads it: its threshold and the one its rollups were built with.</summary>
public record ClosedRound
{
    public int RoundId { get; init; }
    public string Name { get; init; } = "";
    public DateTime? ClosedAt { get; init; }
    public int ModelVersionId { get; init; }
    public int PeerThreshold { get; init; }
    public int? BuiltThreshold { get; init; }

    /// <summary>The threshold the round applies: its configured value, never below the floor.</summary>
    public int Threshold => Anonymity.EffectiveThreshold(PeerThreshold);

    public bool NeedsBuild => BuiltThreshold != Threshold;
}
