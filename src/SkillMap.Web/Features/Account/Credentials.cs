using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Account;

/// <summary>Marker type for <see cref="PasswordHasher{TUser}"/>; the hash does not depend on the person.</summary>
public sealed class Credential;

public enum PasswordCheck
{
    /// <summary>Unknown address, wrong password, locked or deactivated: one answer for all, so nothing is revealed.</summary>
    Refused,
    Succeeded,
}

/// <summary>
/// Passwords and lockout. The attempt counter and lockout end are updated by single statements in the
/// database, so instances behind a load balancer count the same attempts.
/// </summary>
public sealed partial class Credentials(Db db, IPasswordHasher<Credential> hasher, TimeProvider clock, IOptions<AccountOptions> options)
{
    private static readonly Credential Anyone = new();

    // Verified when the address is unknown, so a wrong address costs the same time as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Credential>().HashPassword(Anyone, RandomNumberGenerator.GetHexString(32)));

    public async Task<SignInPerson?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SignInPerson>(Sql.ByEmail, new { NormalizedEmail = normalizedEmail });
    }

    public async Task<SignInPerson?> FindAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SignInPerson>(Sql.ById, new { PersonId = personId });
    }

    /// <summary>
    /// What the per-request session check needs and nothing more (no hash, no address): it runs on every
    /// signed-in request, so it reads the fewest columns in one short statement, kept prepared.
    /// </summary>
    public Task<SignInPerson?> FindSessionAsync(int personId, CancellationToken cancellationToken = default) =>
        db.ReadPreparedAsync(Sql.Session, [("@PersonId", personId)], rows => rows.FirstOrDefault<SignInPerson>(), cancellationToken);

    /// <summary>Checks a password and counts the attempt. A locked, deactivated or demo person is refused even with the right password.</summary>
    public async Task<PasswordCheck> CheckAsync(SignInPerson? person, string password, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (person?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(Anyone, DecoyHash.Value, password);
            return PasswordCheck.Refused;
        }
        var verdict = hasher.VerifyHashedPassword(Anyone, hash, password);
        var locked = person.LockoutEnd > now;
        if (verdict == PasswordVerificationResult.Failed)
        {
            if (!locked)
            {
                await RecordFailureAsync(person.Id, now, cancellationToken);
            }
            return PasswordCheck.Refused;
        }
        if (locked || !person.IsActive || person.IsDemo)
        {
            return PasswordCheck.Refused;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Succeeded, new
        {
            PersonId = person.Id,
            NewHash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(Anyone, password) : null,
        });
        return PasswordCheck.Succeeded;
    }

    private async Task RecordFailureAsync(int personId, DateTime now, CancellationToken cancellationToken)
    {
        var lockout = options.Value.Lockout;
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Failed, new
        {
            PersonId = personId,
            MaxFailed = Math.Max(1, lockout.MaxFailedAttempts),
            LockoutEnd = now.AddMinutes(Math.Max(1, lockout.Minutes)),
        });
    }

    /// <summary>Sets a new password inside the caller's transaction; the new security stamp ends sessions signed in with the old one.</summary>
    public async Task SetPasswordAsync(DbConnection connection, DbTransaction transaction, int personId, string password)
    {
        var parameters = new
        {
            PersonId = personId,
            PasswordHash = hasher.HashPassword(Anyone, password),
            SecurityStamp = RandomNumberGenerator.GetHexString(32),
            ChangedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (await connection.ExecuteAsync(Sql.UpdatePassword, parameters, transaction) == 0)
        {
            await connection.ExecuteAsync(Sql.InsertPassword, parameters, transaction);
        }
    }

    public async Task<bool> HasPasswordAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.HasPassword, new { PersonId = personId }) > 0;
    }
}
