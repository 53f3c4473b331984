using System.Data.Common;
using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Audit;

/// <summary>
/// Records security-relevant and admin actions: who, what, when. The detail is a short description
/// for admins; it must never carry rating values, passwords, tokens or an answer's rater.
/// </summary>
public sealed partial class AuditLog(Db db, TimeProvider clock)
{
    public sealed record Entry(string Action, int? ActorId, string? TargetType = null, int? TargetId = null, string? Detail = null);

    public async Task RecordAsync(Entry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await RecordAsync(connection, null, entry);
    }

    /// <summary>Inside a caller's transaction, so the action and its audit entry commit together.</summary>
    public Task RecordAsync(DbConnection connection, DbTransaction? transaction, Entry entry) =>
        connection.ExecuteAsync(Sql.Insert, new
        {
            At = clock.GetUtcNow().UtcDateTime,
            entry.ActorId,
            entry.Action,
            entry.TargetType,
            entry.TargetId,
            Detail = entry.Detail is { Length: > 1000 } detail ? detail[..1000] : entry.Detail,
        }, transaction);

    internal static class Sql
    {
        public const string Insert = """
            INSERT INTO AuditEntry (At, ActorId, Action, TargetType, TargetId, Detail)
            VALUES (@At, @ActorId, @Action, @TargetType, @TargetId, @Detail)
            """;
    }
}
