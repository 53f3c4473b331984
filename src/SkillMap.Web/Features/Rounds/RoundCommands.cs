using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Changes to a round's settings and lifecycle, each one conditional on the status it starts from and
/// audited in the same transaction. Opening is <see cref="RoundOpener"/>; closing is
/// <see cref="RoundCloser"/>, run by the scheduler (a close by hand moves the deadline to now and wakes it).
/// </summary>
public sealed partial class RoundCommands(Db db, TimeProvider clock, AuditLog audit)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<int> CreateAsync(RoundDraft draft, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertSqlite, Sql.Insert), Parameters(draft, 0, actorId), transaction);
            await connection.ExecuteAsync(Sql.InsertTeam, draft.TeamIds.Select(t => new { RoundId = id, TeamId = t }), transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundCreated, actorId, "round", id, draft.Name));
            return id;
        }, cancellationToken);

    /// <summary>Only a draft changes its settings; peers chosen for people no longer in scope are dropped.</summary>
    public Task<bool> UpdateAsync(int roundId, RoundDraft draft, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.Update, Parameters(draft, roundId, actorId), transaction) == 0)
            {
                return false;
            }
            await connection.ExecuteAsync(Sql.DeleteTeams, new { RoundId = roundId }, transaction);
            await connection.ExecuteAsync(Sql.InsertTeam, draft.TeamIds.Select(t => new { RoundId = roundId, TeamId = t }), transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundUpdated, actorId, "round", roundId, draft.Name));
            return true;
        }, cancellationToken);

    public Task<bool> ScheduleOpeningAsync(int roundId, bool scheduled, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.Schedule, new { RoundId = roundId, Scheduled = scheduled }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(
                AuditAction.RoundOpenScheduled, actorId, "round", roundId, scheduled ? "scheduled" : "cancelled"));
            return true;
        }, cancellationToken);

    /// <summary>A later deadline for an open round; refused (false) when the round is not open or the time is not later.</summary>
    public Task<bool> ExtendDeadlineAsync(int roundId, DateTime closesAt, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.Extend, new { RoundId = roundId, ClosesAt = closesAt, Now }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(
                AuditAction.RoundDeadlineExtended, actorId, "round", roundId, closesAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
            return true;
        }, cancellationToken);

    /// <summary>Moves the deadline to now; the scheduler closes the round in the background.</summary>
    public Task<bool> RequestCloseAsync(int roundId, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.CloseNow, new { RoundId = roundId, Now }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundCloseRequested, actorId, "round", roundId, "by hand"));
            return true;
        }, cancellationToken);

    public Task<bool> ArchiveAsync(int roundId, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.Archive, new { RoundId = roundId, Now }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundArchived, actorId, "round", roundId));
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<ModelChoice>> PublishedModelsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ModelChoice>(Sql.PublishedModels)).ToList();
    }

    public sealed record ModelChoice
    {
        public int Id { get; init; }
        public int Version { get; init; }
        public string NameJa { get; init; } = "";
        public string NameEn { get; init; } = "";

        public Bilingual Name => new() { Ja = NameJa, En = NameEn };
    }

    private object Parameters(RoundDraft draft, int roundId, int actorId) => new
    {
        RoundId = roundId,
        draft.Name,
        draft.ModelVersionId,
        draft.Form,
        draft.IncludesSelf,
        draft.IncludesPeer,
        draft.IncludesManager,
        draft.IncludesTeam,
        draft.PeerThreshold,
        AssignmentMode = Slug.Of(draft.AssignmentMode),
        draft.PeersPerRater,
        draft.OpensAt,
        draft.ClosesAt,
        draft.ReleaseAfterDays,
        CreatedBy = actorId,
        Now,
    };
}
