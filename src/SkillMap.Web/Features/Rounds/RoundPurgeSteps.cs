using System.Data.Common;
using SkillMap.Web.Features.Plans;

namespace SkillMap.Web.Features.Rounds;

/// <summary>A purged round's training plans and their links go with it (they reference the round).</summary>
public sealed class PurgePlanLinks : IRoundPurgeStep
{
    public int Order => 100;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        PlanPurge.DeleteRoundAsync(connection, transaction, roundId);
}
