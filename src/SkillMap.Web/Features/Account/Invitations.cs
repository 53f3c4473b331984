using Dapper;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Invitation links: who may create one for whom, and creating it. Admins may invite anyone active;
/// a manager only a member of a team they manage who has no way to sign in yet, so a manager can
/// never take over an account that is already in use (nor an admin's or another manager's).
/// </summary>
public sealed partial class Invitations(Db db, AccountTokens tokens, AuditLog audit, IOptions<AccountOptions> options)
{
    public sealed record Invitee
    {
        public int Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? Email { get; init; }
        public string Role { get; init; } = "";
        public string Language { get; init; } = "ja";
        public bool IsDemo { get; init; }
        public DateTime? DeactivatedAt { get; init; }
        public bool HasPassword { get; init; }
        public bool IsLinked { get; init; }

        public bool HasAccount => HasPassword || IsLinked;
    }

    private sealed record Actor
    {
        public string Role { get; init; } = "";
        public bool ManagesInvitee { get; init; }
    }

    public enum Verdict
    {
        /// <summary>The actor may not even see the person: answer 404.</summary>
        Hidden,
        Allowed,
        /// <summary>A manager looking at someone in their team who already has an account, or is not a member.</summary>
        AdminOnly,
        /// <summary>Deactivated (or a demo person): no invitation.</summary>
        Inactive,
    }

    public sealed record InvitationLink(string Path, DateTime ExpiresAt, Invitee Person);

    /// <summary>The person as the actor may see them, and whether the actor may invite them.</summary>
    public async Task<(Invitee? Invitee, Verdict Verdict)> CheckAsync(int personId, int actorId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var invitee = await connection.QuerySingleOrDefaultAsync<Invitee>(Sql.Invitee, new { PersonId = personId });
        var actor = await connection.QuerySingleOrDefaultAsync<Actor>(Sql.Actor, new { ActorId = actorId, PersonId = personId });
        if (invitee is null || actor is null)
        {
            return (null, Verdict.Hidden);
        }
        var verdict = actor.Role switch
        {
            "admin" => Verdict.Allowed,
            "manager" when actor.ManagesInvitee => invitee.Role == "member" && !invitee.HasAccount ? Verdict.Allowed : Verdict.AdminOnly,
            _ => Verdict.Hidden,
        };
        if (verdict == Verdict.Hidden)
        {
            return (null, verdict);
        }
        return (invitee, invitee.DeactivatedAt is not null || invitee.IsDemo ? Verdict.Inactive : verdict);
    }

    /// <summary>
    /// Creates a single-use invitation link (a path: <c>/account/invitation/{token}</c>) for the person,
    /// retiring earlier ones, and records it in the audit log. Null when the actor may not invite them.
    /// </summary>
    public async Task<InvitationLink?> CreateLinkAsync(int personId, int actorId, CancellationToken cancellationToken = default)
    {
        var (invitee, verdict) = await CheckAsync(personId, actorId, cancellationToken);
        if (verdict != Verdict.Allowed)
        {
            return null;
        }
        var lifetime = TimeSpan.FromHours(Math.Max(1, options.Value.Invitation.Hours));
        var (token, expiresAt) = await db.WriteAsync(async (connection, transaction) =>
        {
            var created = await tokens.CreateAsync(connection, transaction, personId, AccountTokens.Invitation, actorId, lifetime);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.InvitationCreated, actorId, "person", personId));
            return created;
        }, cancellationToken);
        return new InvitationLink($"/account/invitation/{token}", expiresAt, invitee!);
    }
}
