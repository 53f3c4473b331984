using System.Data.Common;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Deletes what another feature keeps about a round (rollups, plan links…) when the round is purged.
/// Steps run in order inside the purge transaction, before the round's ratings and comments go.
/// </summary>
public interface IRoundPurgeStep
{
    int Order { get; }

    Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken);
}
