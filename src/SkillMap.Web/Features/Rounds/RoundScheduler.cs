using Dapper;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// The background side of the round lifecycle, outside any request: every Rounds:PollSeconds (or at
/// once when woken after a close by hand) it opens rounds scheduled to open, closes rounds whose
/// deadline passed, and purges closed rounds older than Rounds:RetentionYears. Every instance may run
/// it: the conditional updates in the opener, closer and purger let exactly one of them act.
/// </summary>
public sealed partial class RoundScheduler(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<RoundsOptions> options, ILogger<RoundScheduler> logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public sealed record TickReport(int Opened, int Closed, int Purged);

    private sealed record Due
    {
        public int Id { get; init; }
        public string Kind { get; init; } = "";
    }

    /// <summary>Asks for a tick now (after a close by hand), without waiting for the next poll.</summary>
    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A tick is already pending.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The round scheduler's tick failed; it tries again at the next one");
            }
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(interval, clock, waiting.Token), wake.WaitAsync(waiting.Token));
            await waiting.CancelAsync();
        }
    }

    /// <summary>One pass: what is due now is opened, closed or purged. Tests call this directly.</summary>
    public async Task<TickReport> TickAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Db>();
        var now = clock.GetUtcNow().UtcDateTime;
        var years = options.Value.RetentionYears is > 0 and var y ? y : (int?)null;
        List<Due> due;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<Due>(Sql.Due, new
            {
                Now = now,
                Retain = years is null ? 0 : 1,
                PurgeBefore = years is { } keep ? now.AddYears(-keep) : now,
            })).ToList();
        }
        int opened = 0, closed = 0, purged = 0;
        foreach (var round in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                switch (round.Kind)
                {
                    case "open":
                        opened += await OpenAsync(services, db, round.Id, cancellationToken) ? 1 : 0;
                        break;
                    case "close":
                        closed += await services.GetRequiredService<RoundCloser>().CloseAsync(round.Id, cancellationToken) ? 1 : 0;
                        break;
                    case "purge":
                        purged += await services.GetRequiredService<RoundPurger>().PurgeAsync(round.Id, null, "retention", cancellationToken) ? 1 : 0;
                        break;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Round {RoundId}: the scheduled {Kind} failed", round.Id, round.Kind);
            }
        }
        return new TickReport(opened, closed, purged);
    }

    /// <summary>A scheduled opening that is refused stops being scheduled, and the round page says why.</summary>
    private static async Task<bool> OpenAsync(IServiceProvider services, Db db, int roundId, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<RoundOpener>().OpenAsync(roundId, null, cancellationToken);
        if (result.Opened || result.Refusal == RoundOpener.Refusal.NotDraft)
        {
            return result.Opened;
        }
        var problem = result.Refusal == RoundOpener.Refusal.DeadlinePassed ? "deadline-passed" : "not-ready";
        var audit = services.GetRequiredService<AuditLog>();
        await db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.OpenFailed, new { RoundId = roundId, Problem = problem }, transaction) > 0)
            {
                await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundOpenFailed, null, "round", roundId, problem));
            }
            return 0;
        }, cancellationToken);
        return false;
    }

    internal static class Sql
    {
        public const string Due = """
            SELECT Id AS Id, 'open' AS Kind
            FROM Round
            WHERE Status = 'draft'
              AND OpenScheduled = 1
              AND OpensAt <= @Now
            UNION ALL
            SELECT Id AS Id, 'close' AS Kind
            FROM Round
            WHERE Status = 'open'
              AND ClosesAt <= @Now
            UNION ALL
            SELECT Id AS Id, 'purge' AS Kind
            FROM Round
            WHERE @Retain = 1
              AND Status IN ('closed', 'archived')
              AND PurgedAt IS NULL
              AND ClosedAt < @PurgeBefore
            """;

        public const string OpenFailed = """
            UPDATE Round
            SET OpenScheduled = 0,
                OpenProblem = @Problem
            WHERE Id = @RoundId
              AND Status = 'draft'
              AND OpenScheduled = 1
            """;
    }
}
