using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Single-use, expiring links for invitations and password resets. The token (256 random bits) goes
/// into the link only; the database keeps its SHA-256, so a copy of the database opens no account.
/// </summary>
public sealed partial class AccountTokens(Db db, TimeProvider clock)
{
    public const string Invitation = "invitation";
    public const string Reset = "reset";

    public sealed record Holder
    {
        public int TokenId { get; init; }
        public int PersonId { get; init; }
        public string DisplayName { get; init; } = "";
        public string? Email { get; init; }
        public DateTime ExpiresAt { get; init; }
    }

    /// <summary>Creates a token for the person and retires every earlier unused one of the same purpose: only the newest link works.</summary>
    public async Task<(string Token, DateTime ExpiresAt)> CreateAsync(DbConnection connection, DbTransaction transaction, int personId, string purpose, int? createdBy, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var expiresAt = now.Add(lifetime);
        await connection.ExecuteAsync(Sql.Retire, new { PersonId = personId, Purpose = purpose, Now = now }, transaction);
        await connection.ExecuteAsync(Sql.Insert, new
        {
            PersonId = personId,
            Purpose = purpose,
            TokenHash = Hash(token),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = expiresAt,
        }, transaction);
        return (token, expiresAt);
    }

    /// <summary>The active, non-demo person a valid token belongs to; null for anything else (wrong, used, expired).</summary>
    public async Task<Holder?> FindAsync(string? token, string purpose, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Holder>(Sql.Find, new { TokenHash = Hash(token!), Purpose = purpose, Now = clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>Uses the token inside the caller's transaction; false when another request used it first or it expired meanwhile.</summary>
    public async Task<bool> UseAsync(DbConnection connection, DbTransaction transaction, Holder holder)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var used = await connection.ExecuteAsync(Sql.Use, new { holder.TokenId, Now = now }, transaction);
        if (used == 1)
        {
            // A password set through one link makes every other open link of that person useless.
            await connection.ExecuteAsync(Sql.RetireAll, new { holder.PersonId, Now = now }, transaction);
        }
        return used == 1;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
