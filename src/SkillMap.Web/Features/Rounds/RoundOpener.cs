using System.Data.Common;
using Dapper;
using SkillMap.Core.Rounds;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Opens a draft round: checks that every ratee would have enough peers, then creates every sheet the
/// round will have (self, each assigned peer, each manager, one team sheet per member) with revision 0,
/// in one transaction. The answering pages only ever answer sheets that exist. A conditional status
/// update decides who opens, so two instances (or a click and the scheduler) open it once.
/// </summary>
public sealed partial class RoundOpener(Db db, TimeProvider clock, AuditLog audit, ILogger<RoundOpener> logger)
{
    public enum Refusal
    {
        None,
        NotDraft,
        DeadlinePassed,
        NotReady,
    }

    public sealed record Result(Refusal Refusal, RoundPlan? Plan)
    {
        public bool Opened => Refusal == Refusal.None;
    }

    private sealed record Rules
    {
        public string Status { get; init; } = "";
        public bool IncludesSelf { get; init; }
        public bool IncludesPeer { get; init; }
        public bool IncludesManager { get; init; }
        public bool IncludesTeam { get; init; }
        public int PeerThreshold { get; init; }
        public int PeersPerRater { get; init; }
        public AssignmentMode AssignmentMode { get; init; }
        public DateTime? ClosesAt { get; init; }

        public RoundRules ToRules() => new(IncludesSelf, IncludesPeer, IncludesManager, IncludesTeam, PeerThreshold, PeersPerRater, AssignmentMode);
    }

    private sealed record MemberRow
    {
        public int PersonId { get; init; }
        public int TeamId { get; init; }
        public bool IsRated { get; init; }
    }

    private sealed record PairRow
    {
        public int First { get; init; }
        public int Second { get; init; }
    }

    public async Task<Result> OpenAsync(int roundId, int? actorId, CancellationToken cancellationToken = default)
    {
        var result = await db.WriteAsync(async (connection, transaction) =>
        {
            var opened = await OpenAsync(connection, transaction, roundId, clock.GetUtcNow().UtcDateTime, Random.Shared);
            if (opened.Opened)
            {
                await audit.RecordAsync(connection, transaction, new AuditLog.Entry(
                    AuditAction.RoundOpened, actorId, "round", roundId, $"{opened.Plan!.Sheets.Count} sheets"));
            }
            return opened;
        }, cancellationToken);
        if (result.Opened)
        {
            logger.LogInformation("Round {RoundId} opened", roundId);
        }
        return result;
    }

    /// <summary>Inside a caller's transaction (the demo seeder opens its round this way, with its own seeded random).</summary>
    public static async Task<Result> OpenAsync(DbConnection connection, DbTransaction transaction, int roundId, DateTime now, Random random)
    {
        var rules = await connection.QuerySingleOrDefaultAsync<Rules>(Sql.Rules, new { RoundId = roundId }, transaction);
        if (rules is not { Status: "draft" })
        {
            return new Result(Refusal.NotDraft, null);
        }
        if (rules.ClosesAt is not { } closesAt || closesAt <= now)
        {
            return new Result(Refusal.DeadlinePassed, null);
        }
        var plan = RoundPlanner.Plan(await RosterAsync(connection, transaction, roundId), rules.ToRules(), random);
        if (!plan.CanOpen)
        {
            return new Result(Refusal.NotReady, plan);
        }
        if (await connection.ExecuteAsync(Sql.MarkOpen, new { RoundId = roundId, Now = now }, transaction) == 0)
        {
            return new Result(Refusal.NotDraft, null);
        }
        await connection.ExecuteAsync(Sql.InsertSheet, plan.Sheets.Select(s => new
        {
            RoundId = roundId,
            Perspective = Slug.Of(s.Perspective),
            s.RaterId,
            s.RateeId,
            s.TeamId,
        }), transaction);
        return new Result(Refusal.None, plan);
    }

    /// <summary>What opening would create now, for the round page; null when the round is not a draft.</summary>
    public async Task<RoundPlan?> PreviewAsync(int roundId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rules = await connection.QuerySingleOrDefaultAsync<Rules>(Sql.Rules, new { RoundId = roundId });
        if (rules is not { Status: "draft" })
        {
            return null;
        }
        // A fixed seed: the page shows the same counts on every visit.
        return RoundPlanner.Plan(await RosterAsync(connection, null, roundId), rules.ToRules(), new Random(roundId));
    }

    private static async Task<RoundRoster> RosterAsync(DbConnection connection, DbTransaction? transaction, int roundId)
    {
        var p = new { RoundId = roundId };
        var members = await connection.QueryAsync<MemberRow>(Sql.Members, p, transaction);
        var managers = await connection.QueryAsync<PairRow>(Sql.Managers, p, transaction);
        var chosen = await connection.QueryAsync<PairRow>(Sql.ChosenPeers, p, transaction);
        return new RoundRoster
        {
            Members = members.Select(m => new RosterMember(m.PersonId, m.TeamId, m.IsRated)).ToList(),
            Managers = managers.Select(m => (m.First, m.Second)).ToList(),
            ChosenPeers = chosen.Select(c => (c.First, c.Second)).ToList(),
        };
    }
}
