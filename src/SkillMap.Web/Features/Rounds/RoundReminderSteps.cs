using System.Data.Common;
using Dapper;
using SkillMap.Web.Features.Organisation.Erasure;

namespace SkillMap.Web.Features.Rounds;

/// <summary>Once a round closes nobody needs reminding, and who needed it is nobody's business: the rows go.</summary>
public sealed class ForgetReminders : IRoundClosingStep, IRoundPurgeStep
{
    public int Order => 0;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(RoundReminders.Sql.DeleteRound, new { RoundId = roundId }, transaction);
}

/// <summary>An erased person leaves no trace of having been reminded.</summary>
public sealed class EraseReminders : IPersonErasureStep
{
    public Task RunAsync(DbConnection connection, DbTransaction transaction, int personId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(RoundReminders.Sql.DeletePerson, new { PersonId = personId }, transaction);
}
