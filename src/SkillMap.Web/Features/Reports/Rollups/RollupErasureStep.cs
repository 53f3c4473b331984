using System.Data.Common;
using Dapper;
using SkillMap.Web.Features.Organisation.Erasure;

namespace SkillMap.Web.Features.Reports.Rollups;

/// <summary>
/// An erased person's own peer cells go with the ratings about them. Team and organisation totals
/// stay: they were built from shown cells only and lead back to nobody.
/// </summary>
public sealed class RollupErasureStep : IPersonErasureStep
{
    public Task RunAsync(DbConnection connection, DbTransaction transaction, int personId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Sql.DeletePeerCells, new { PersonId = personId }, transaction);

    internal static class Sql
    {
        public const string DeletePeerCells = """
            DELETE FROM PeerCellRollup
            WHERE RateeId = @PersonId
            """;
    }
}
