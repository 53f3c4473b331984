using System.Data.Common;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Web.Features.Reports.Rollups;

/// <summary>Builds the round's rollups in the closing transaction, after the answers became ratings.</summary>
public sealed class RollupStep(RollupBuilder builder) : IRoundClosingStep
{
    public int Order => 100;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        builder.BuildAsync(connection, transaction, roundId);
}
