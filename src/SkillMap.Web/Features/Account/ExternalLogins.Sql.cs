namespace SkillMap.Web.Features.Account;

public sealed partial class ExternalLogins
{
    internal static class Sql
    {
        public const string Linked = """
            SELECT PersonId
            FROM ExternalLogin
            WHERE Issuer = @Issuer
              AND Subject = @Subject
            """;

        public const string LinkedAtIssuer = """
            SELECT COUNT(*)
            FROM ExternalLogin
            WHERE PersonId = @PersonId
              AND Issuer = @Issuer
            """;

        public const string Link = """
            INSERT INTO ExternalLogin (Issuer, Subject, PersonId, LinkedAt)
            VALUES (@Issuer, @Subject, @PersonId, @LinkedAt)
            """;
    }
}
