using System.Data.Common;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Web.Features.Plans;

/// <summary>Proposes the round's plans as it closes, in the same transaction; order 200 leaves room for the rollups to run first.</summary>
public sealed class ProposePlansStep(PlanProposer proposer) : IRoundClosingStep
{
    public int Order => 200;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        proposer.ProposeAsync(connection, transaction, roundId, cancellationToken);
}
