using System.Data.Common;
using Dapper;

namespace SkillMap.Web.Features.Organisation.Erasure;

/// <summary>
/// Round lifecycle data about a person: peers proposed or chosen for a round not yet open (as ratee
/// or as rater) go; a round they created keeps its history without the link to them.
/// </summary>
public sealed class RoundErasureStep : IPersonErasureStep
{
    public async Task RunAsync(DbConnection connection, DbTransaction transaction, int personId, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(Sql.DeletePeers, new { PersonId = personId }, transaction);
        await connection.ExecuteAsync(Sql.ForgetCreator, new { PersonId = personId }, transaction);
    }

    internal static class Sql
    {
        public const string DeletePeers = """
            DELETE FROM RoundPeer
            WHERE RateeId = @PersonId
               OR RaterId = @PersonId
            """;

        public const string ForgetCreator = """
            UPDATE Round
            SET CreatedBy = NULL
            WHERE CreatedBy = @PersonId
            """;
    }
}
