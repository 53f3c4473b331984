using System.Data.Common;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Web.Features.Plans;

/// <summary>Proposes the round's plans as it closes, after the rollups (order 100), in the same transaction.</summary>
public sealed class ProposePlansStep(PlanProposer proposer) : IRoundClosingStep
{
    public int Order => 200;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        proposer.ProposeAsync(connection, transaction, roundId, cancellationToken);
}
