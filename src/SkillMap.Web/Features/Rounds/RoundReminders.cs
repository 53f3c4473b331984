using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Mail;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Reminder e-mails for an open round, one per person with open sheets. Each person is claimed in the
/// database first (a row inserted, or moved forward once the cool-down has passed), so two managers or
/// two instances pressing "Send" at once mail a person once. Mail goes after that transaction; a failed
/// mail gives its claim back so the next press retries it. A crash between claim and send loses one
/// reminder rather than sending two.
/// </summary>
public sealed partial class RoundReminders(
    Db db, IMailSender mail, ReminderText text, AuditLog audit, TimeProvider clock, IOptions<RoundsOptions> options, ILogger<RoundReminders> logger)
{
    private const int ParallelSends = 4;

    public sealed record Outcome(int Sent, int Failed, int Skipped, int NoAddress);

    public int CooldownHours => Math.Max(1, options.Value.ReminderCooldownHours);

    /// <summary>When each person was last reminded about the round (UTC).</summary>
    public async Task<IReadOnlyDictionary<int, DateTime>> LastRemindedAsync(int roundId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await LastRemindedAsync(connection, null, roundId);
    }

    /// <param name="open">The people to remind with what they have open, as <see cref="RoundProgress.OpenWorkAsync"/> counts it.</param>
    /// <param name="teamId">The one team chosen, for the audit entry; null for all the sender's teams.</param>
    public async Task<Outcome> SendAsync(RoundRow round, IReadOnlyList<RoundProgress.OpenWork> open, string surveysUrl, int actorId, int? teamId)
    {
        var addressed = open.Where(w => !string.IsNullOrWhiteSpace(w.Email)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        // The request may end while mail is on its way; the claims must be settled whatever happens to it.
        var claims = await ClaimAsync(round.Id, addressed.Select(w => w.PersonId).ToList(), now);
        var messages = addressed
            .Where(w => claims.ContainsKey(w.PersonId))
            .Select(w => (Work: w, Message: text.For(w, round, surveysUrl)))
            .ToList();
        var failed = new ConcurrentBag<int>();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = ParallelSends }, async (item, _) =>
        {
            try
            {
                await mail.SendAsync(new OutgoingMail(item.Work.Email!, item.Work.DisplayName, item.Message.Subject, item.Message.Body), CancellationToken.None);
            }
            catch (Exception exception)
            {
                // Whatever went wrong with one recipient (refused address, timeout, server down), the others still go.
                logger.LogWarning("Reminder for round {RoundId} to person {PersonId} could not be sent: {Error}", round.Id, item.Work.PersonId, exception.Message);
                failed.Add(item.Work.PersonId);
            }
        });
        var outcome = new Outcome(messages.Count - failed.Count, failed.Count, addressed.Count - messages.Count, open.Count - addressed.Count);
        await db.WriteAsync(async (connection, transaction) =>
        {
            foreach (var personId in failed)
            {
                var p = new { RoundId = round.Id, PersonId = personId, Claimed = now, Previous = claims[personId] };
                await connection.ExecuteAsync(claims[personId] is null ? Sql.Release : Sql.Restore, p, transaction);
            }
            var scope = teamId is { } id ? $"team {id}: " : "";
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundRemindersSent, actorId, "round", round.Id,
                $"{scope}sent {outcome.Sent}, failed {outcome.Failed}, skipped {outcome.Skipped}, no address {outcome.NoAddress}"));
            return 0;
        });
        return outcome;
    }

    /// <returns>The people claimed, each with when they were reminded before (null: never).</returns>
    private Task<Dictionary<int, DateTime?>> ClaimAsync(int roundId, IReadOnlyList<int> people, DateTime now) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var previous = await LastRemindedAsync(connection, transaction, roundId);
            var claimed = new Dictionary<int, DateTime?>();
            foreach (var personId in people)
            {
                var p = new { RoundId = roundId, PersonId = personId, Now = now, CooledBefore = now.AddHours(-CooldownHours) };
                if (await connection.ExecuteAsync(Sql.ClaimAgain, p, transaction) == 1 || await TryInsertAsync(connection, transaction, p))
                {
                    claimed[personId] = previous.TryGetValue(personId, out var at) ? at : null;
                }
            }
            return claimed;
        });

    /// <summary>Another instance may insert the same row between our check and our insert (SQL Server): then it has the claim.</summary>
    private static async Task<bool> TryInsertAsync(DbConnection connection, DbTransaction transaction, object p)
    {
        try
        {
            return await connection.ExecuteAsync(Sql.ClaimFirst, p, transaction) == 1;
        }
        catch (DbException exception) when (Dialect.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    private static async Task<IReadOnlyDictionary<int, DateTime>> LastRemindedAsync(DbConnection connection, DbTransaction? transaction, int roundId) =>
        (await connection.QueryAsync<Reminded>(Sql.LastReminded, new { RoundId = roundId }, transaction))
            .ToDictionary(r => r.PersonId, r => r.RemindedAt);

    private sealed record Reminded
    {
        public int PersonId { get; init; }
        public DateTime RemindedAt { get; init; }
    }
}
