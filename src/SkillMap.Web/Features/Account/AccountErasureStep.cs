using System.Data.Common;
using Dapper;
using SkillMap.Web.Features.Organisation.Erasure;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// Erasure of a person's accounts: every way they could sign in (password hash, links, OpenID Connect
/// links) goes, and where they created someone else's link or ran the setup, the link to them goes.
/// </summary>
public sealed class AccountErasureStep : IPersonErasureStep
{
    public async Task RunAsync(DbConnection connection, DbTransaction transaction, int personId, CancellationToken cancellationToken)
    {
        foreach (var statement in new[] { Sql.DeleteCredential, Sql.DeleteTokens, Sql.ForgetTokenCreator, Sql.DeleteExternalLogins, Sql.ForgetSetupAdmin })
        {
            await connection.ExecuteAsync(statement, new { PersonId = personId }, transaction);
        }
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

        public const string ForgetTokenCreator = """
            UPDATE AccountToken
            SET CreatedBy = NULL
            WHERE CreatedBy = @PersonId
            """;

        public const string DeleteExternalLogins = """
            DELETE FROM ExternalLogin
            WHERE PersonId = @PersonId
            """;

        public const string ForgetSetupAdmin = """
            UPDATE SetupCompleted
            SET PersonId = NULL
            WHERE PersonId = @PersonId
            """;
    }
}
