using System.Data.Common;
using Dapper;
using SkillMap.Core.People;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Finds the person behind an OpenID Connect sign-in. A linked issuer + subject decides; only the first
/// sign-in may match by email, and only an email the provider says it verified, for an active person
/// not yet linked at that issuer. An email the provider does not vouch for never opens an account.
/// </summary>
public sealed partial class ExternalLogins(Db db, Credentials credentials, AuditLog audit, TimeProvider clock)
{
    public sealed record Identity(string Issuer, string Subject, string? Email, bool EmailVerified);

    public sealed record Result(SignInPerson? Person, string Reason);

    public async Task<Result> ResolveAsync(Identity identity, CancellationToken cancellationToken = default)
    {
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            var linked = await connection.ExecuteScalarAsync<int?>(Sql.Linked, new { identity.Issuer, identity.Subject });
            if (linked is { } personId)
            {
                var person = await credentials.FindAsync(personId, cancellationToken);
                return person is { IsActive: true, IsDemo: false } ? new(person, "linked") : new(null, "inactive");
            }
        }
        if (!identity.EmailVerified || EmailAddress.Normalize(identity.Email) is not { } normalized)
        {
            return new(null, "no verified email");
        }
        var candidate = await credentials.FindByEmailAsync(normalized, cancellationToken);
        if (candidate is not { IsActive: true, IsDemo: false })
        {
            return new(null, "no matching person");
        }
        try
        {
            var linkedNow = await db.WriteAsync(async (connection, transaction) =>
            {
                if (await connection.ExecuteScalarAsync<int>(Sql.LinkedAtIssuer, new { PersonId = candidate.Id, identity.Issuer }, transaction) > 0)
                {
                    return false;
                }
                await connection.ExecuteAsync(Sql.Link, new { identity.Issuer, identity.Subject, PersonId = candidate.Id, LinkedAt = clock.GetUtcNow().UtcDateTime }, transaction);
                await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.ExternalLoginLinked, candidate.Id, "person", candidate.Id, Truncate(identity.Issuer)));
                return true;
            }, cancellationToken);
            // Already linked to another subject at this issuer: an email moved to a new account must not take over the old one.
            return linkedNow ? new(candidate, "linked by verified email") : new(null, "person linked to another subject");
        }
        catch (DbException exception) when (Dialect.IsUniqueViolation(exception))
        {
            return new(null, "person linked to another subject");
        }
    }

    private static string Truncate(string text) => text.Length > 200 ? text[..200] : text;
}
