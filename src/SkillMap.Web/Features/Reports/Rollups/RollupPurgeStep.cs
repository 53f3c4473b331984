using System.Data.Common;
using SkillMap.Web.Features.Rounds;

namespace SkillMap.Web.Features.Reports.Rollups;

/// <summary>A purged round's rollups go with its ratings, in the purge transaction.</summary>
public sealed class RollupPurgeStep : IRoundPurgeStep
{
    public int Order => 100;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        RollupBuilder.DeleteAsync(connection, transaction, roundId);
}
