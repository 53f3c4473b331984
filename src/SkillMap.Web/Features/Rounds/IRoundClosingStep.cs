using System.Data.Common;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// A step of the closing pipeline (rollups, proposed plans…). Steps run in order inside the closing
/// transaction, after the answers have become ratings, so a round is closed with all of them or none.
/// </summary>
public interface IRoundClosingStep
{
    int Order { get; }

    Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken);
}
