using System.Data.Common;
using Dapper;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// For erasure (right to be forgotten): removes every way the person could sign in — password hash,
/// open and used links, OpenID Connect links — inside the caller's transaction.
/// </summary>
public static class AccountErasure
{
    public static async Task ForgetAsync(DbConnection connection, DbTransaction transaction, int personId)
    {
        await connection.ExecuteAsync(Sql.DeleteCredential, new { PersonId = personId }, transaction);
        await connection.ExecuteAsync(Sql.DeleteTokens, new { PersonId = personId }, transaction);
        await connection.ExecuteAsync(Sql.DeleteExternalLogins, new { PersonId = personId }, transaction);
    }

    internal static class Sql
    {
        public const string DeleteCredential = """
            DELETE FROM Credential
            WHERE PersonId = @PersonId
            """;

        public const string DeleteTokens = """
            DELETE FROM AccountToken
            WHERE PersonId = @PersonId
            """;

        public const string DeleteExternalLogins = """
            DELETE FROM ExternalLogin
            WHERE PersonId = @PersonId
            """;
    }
}
