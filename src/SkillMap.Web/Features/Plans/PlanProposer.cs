using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// Proposes every rated person's plan for a round, and the team actions where many share a need.
/// Runs once per round: inside the closing transaction (<see cref="ProposePlansStep"/>), or on first
/// use for a round that closed before plans existed, so the demo's history has plans at once.
/// </summary>
public sealed partial class PlanProposer(Db db, TimeProvider clock, IOptions<PlansOptions> options)
{
    private sealed record PersonPlan(int PersonId, int TeamId, ProposedPlan Plan, IReadOnlyDictionary<string, int> ItemIds);

    /// <summary>Proposes plans for closed rounds that have none yet. One indexed query when there is nothing to do.</summary>
    public async Task EnsureProposedAsync(CancellationToken cancellationToken = default)
    {
        List<int> missing;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            missing = (await connection.QueryAsync<int>(Sql.RoundsWithoutPlans)).ToList();
        }
        foreach (var roundId in missing)
        {
            try
            {
                await db.WriteAsync(async (connection, transaction) =>
                {
                    await ProposeAsync(connection, transaction, roundId, cancellationToken);
                    return 0;
                }, cancellationToken);
            }
            catch (DbException exception) when (Dialect.IsUniqueViolation(exception))
            {
                // Another instance proposed this round's plans at the same moment; theirs stand.
            }
        }
    }

    public async Task ProposeAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The marker decides who proposes: a second caller (another instance, a retry) changes nothing.
        if (await connection.ExecuteAsync(Sql.MarkProposed, new { RoundId = roundId, Now = now }, transaction) == 0)
        {
            return;
        }
        var threshold = await connection.ExecuteScalarAsync<int>(Sql.Threshold, new { RoundId = roundId }, transaction);
        var (plans, teams) = await ReadAsync(connection, transaction, roundId, threshold, cancellationToken);
        foreach (var plan in plans)
        {
            await InsertPlanAsync(connection, transaction, roundId, plan, now);
        }
        foreach (var (teamId, people) in teams)
        {
            var actions = TeamPlanRules.Needs(people).Where(n => n.IsTeamAction).Select(n => new
            {
                RoundId = roundId,
                TeamId = teamId,
                Area = Slug.Of(n.Area),
                Kind = Slug.Of(n.Kind),
                People = n.People.Count,
                n.Assessed,
                Now = now,
            });
            await connection.ExecuteAsync(Sql.InsertTeamAction, actions, transaction);
        }
    }

    /// <summary>
    /// Reads the round person by person (the reader is closed before anything is written: SQL Server
    /// allows one open reader per connection). Keeps only the proposals and each person's area averages.
    /// </summary>
    private async Task<(List<PersonPlan> Plans, Dictionary<int, List<PersonLevels>> Teams)> ReadAsync(
        DbConnection connection, DbTransaction transaction, int roundId, int threshold, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var plans = new List<PersonPlan>();
        var teams = new Dictionary<int, List<PersonLevels>>();
        var rows = new List<Evidence.Row>();

        void Flush()
        {
            if (rows.Count == 0)
            {
                return;
            }
            var first = rows[0];
            var evidence = rows.Select(r => r.ToEvidence()).ToList();
            var proposed = PlanRules.Propose(evidence, threshold, settings.ProposedItems, settings.StrengthItems);
            plans.Add(new PersonPlan(first.PersonId, first.TeamId, proposed, rows.ToDictionary(r => r.ItemKey, r => r.SkillItemId)));
            var areaLevels = evidence.Select(e => PlanRules.LevelOf(e, threshold)).OfType<ItemLevel>()
                .GroupBy(l => l.Area)
                .Select(g => g.First() with { ItemKey = Slug.Of(g.Key), Level = g.Average(l => l.Level) })
                .ToList();
            if (!teams.TryGetValue(first.TeamId, out var members))
            {
                teams[first.TeamId] = members = [];
            }
            members.Add(new PersonLevels(first.PersonId, areaLevels));
            rows.Clear();
        }

        await foreach (var row in Evidence.ForRoundAsync(connection, transaction, roundId).WithCancellation(cancellationToken))
        {
            if (rows.Count > 0 && rows[0].PersonId != row.PersonId)
            {
                Flush();
            }
            rows.Add(row);
        }
        Flush();
        return (plans, teams);
    }

    private async Task InsertPlanAsync(DbConnection connection, DbTransaction transaction, int roundId, PersonPlan plan, DateTime now)
    {
        var planId = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertPlanSqlite, Sql.InsertPlan),
            new { RoundId = roundId, plan.PersonId, plan.TeamId, Now = now }, transaction);
        var actions = plan.Plan.Gaps.Concat(plan.Plan.Strengths).Select((p, i) => new
        {
            PlanId = planId,
            Position = i + 1,
            SkillItemId = plan.ItemIds[p.ItemKey],
            ActionType = Slug.Of(p.ActionType),
            Reason = Slug.Of(p.Reason),
            Basis = Slug.Of(p.Basis),
            OwnerId = plan.PersonId,
            Now = now,
        });
        await connection.ExecuteAsync(Sql.InsertAction, actions, transaction);
    }
}
