using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Erasure;

/// <summary>
/// The right to erasure. Removes everything still attributable to the person: their name, email,
/// employee number and reading; every self and manager rating and comment they gave or received; every
/// rating and comment about them; their drafts and sheets in open rounds; their memberships and manager
/// assignments; audit details that name them. Peer and team answers they gave in closed rounds were
/// unlinked at close and stay as anonymous contributions. The row stays as a nameless tombstone so
/// audit entries keep an actor, and one audit entry says that an erasure happened.
/// </summary>
public sealed partial class PersonErasure(Db db, AuditLog audit, CurrentPerson me, TimeProvider clock, IEnumerable<IPersonErasureStep> steps)
{
    private sealed record Target
    {
        public string DisplayName { get; init; } = "";
        public string? Email { get; init; }
        public string? EmployeeNumber { get; init; }
        public string Role { get; init; } = "";
        public int Active { get; init; }
    }

    /// <returns>The key of a refusal message, or null when the person was erased.</returns>
    public async Task<string?> EraseAsync(int personId, CancellationToken cancellationToken = default)
    {
        var refusal = await db.WriteAsync<string?>(async (c, t) =>
        {
            var target = await c.QuerySingleOrDefaultAsync<Target>(Sql.Target, new { PersonId = personId }, t);
            if (target is null)
            {
                return "People.Error.Missing";
            }
            if (personId == me.Id)
            {
                return "People.Error.Self";
            }
            if (target is { Role: "admin", Active: 1 } && await c.ExecuteScalarAsync<int>(People.PeopleCommands.Sql.OtherActiveAdmins, new { PersonId = personId }, t) == 0)
            {
                return "People.Error.LastAdmin";
            }
            var p = new { PersonId = personId, Now = clock.GetUtcNow().UtcDateTime };
            foreach (var statement in Sql.RemoveAttributable)
            {
                await c.ExecuteAsync(statement, p, t);
            }
            foreach (var text in new[] { target.Email, target.EmployeeNumber, target.DisplayName }.Where(x => x is { Length: >= 2 }))
            {
                await c.ExecuteAsync(Sql.ScrubAuditDetail, new { Pattern = "%" + EscapeLike(text!) + "%" }, t);
            }
            foreach (var step in steps)
            {
                await step.RunAsync(c, t, personId, cancellationToken);
            }
            await c.ExecuteAsync(Sql.EmptyPerson, p, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.PersonErased, me.Id, "person", personId));
            return null;
        }, cancellationToken);

        if (refusal is null && db.Engine == DatabaseEngine.Sqlite)
        {
            // secure_delete overwrote the pages; truncating the WAL drops the old copies there too.
            await using var connection = await db.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(Sql.CheckpointSqlite);
        }
        return refusal;
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal);
}
