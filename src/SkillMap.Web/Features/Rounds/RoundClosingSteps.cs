using System.Data.Common;
using Dapper;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Rounds;

/// <summary>The peers chosen before the round opened link raters to ratees: they go with the sheets.</summary>
public sealed class ForgetPeerChoices : IRoundClosingStep
{
    public int Order => 0;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Sql.Delete, new { RoundId = roundId }, transaction);

    internal static class Sql
    {
        public const string Delete = """
            DELETE FROM RoundPeer
            WHERE RoundId = @RoundId
            """;
    }
}

/// <summary>Every close leaves an audit entry in the closing transaction, whoever or whatever closed it.</summary>
public sealed class RecordClose(AuditLog audit) : IRoundClosingStep
{
    public int Order => int.MaxValue;

    public Task RunAsync(DbConnection connection, DbTransaction transaction, int roundId, CancellationToken cancellationToken) =>
        audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundClosed, null, "round", roundId));
}
