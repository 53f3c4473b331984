using Dapper;
using Microsoft.AspNetCore.Localization;
using SkillMap.Web.Data;

namespace SkillMap.Web.Localization;

/// <summary>
/// The language a person chose is theirs, not their browser's: the switch stores it on the person
/// (Person.Language) and every sign-in applies it. Sign-in code calls <see cref="ApplyAsync"/> right
/// after signing the person in.
/// </summary>
public sealed partial class PersonLanguage(Db db)
{
    /// <summary>Stores the choice made with the switch for a signed-in person.</summary>
    public async Task RememberAsync(int personId, string language, CancellationToken cancellationToken = default)
    {
        if (!LocalizationServices.Languages.Contains(language))
        {
            return;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Sql.Remember, new { PersonId = personId, Language = language });
    }

    /// <summary>Makes the person's stored language the one this browser uses from now on.</summary>
    public async Task ApplyAsync(HttpContext context, int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var language = await connection.ExecuteScalarAsync<string?>(Sql.Stored, new { PersonId = personId });
        if (language is not null && LocalizationServices.Languages.Contains(language))
        {
            SetCookie(context, language);
        }
    }

    public static void SetCookie(HttpContext context, string language) =>
        context.Response.Cookies.Append(
            LocalizationServices.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            LocalizationServices.CookieOptions(context.Request.IsHttps));

    internal static class Sql
    {
        public const string Remember = """
            UPDATE Person
            SET Language = @Language
            WHERE Id = @PersonId
            """;

        public const string Stored = """
            SELECT Language
            FROM Person
            WHERE Id = @PersonId
            """;
    }
}
