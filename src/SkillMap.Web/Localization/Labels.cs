using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SkillMap.Web.Localization;

/// <summary>Display names of the domain's enums (resource key "Type.Value") and strings in a chosen language.</summary>
public static class Labels
{
    public static string Label<T>(this IStringLocalizer localizer, T value) where T : struct, Enum =>
        localizer[$"{typeof(T).Name}.{value}"];

    /// <summary>A label from its slug (<c>service-level</c>); the slug itself when unknown.</summary>
    public static string LabelOfSlug<T>(this IStringLocalizer localizer, string slug) where T : struct, Enum =>
        SkillMap.Core.SkillModel.Slug.TryParse<T>(slug, out var value) ? localizer.Label(value.Value) : slug;

    /// <summary>
    /// A string in a given language whatever the reader's, for side-by-side previews: the localizer
    /// reads the UI culture when asked, so it is switched for that one lookup.
    /// </summary>
    public static string In(this IStringLocalizer localizer, string language, string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return localizer[key, arguments];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static string Other(string language) => language == "en" ? "ja" : "en";
}
