using System.Globalization;

namespace SkillMap.Web.Hosting;

/// <summary>
/// Timestamps are stored in UTC and shown in the organisation's time zone (Organization:TimeZone,
/// default Asia/Tokyo), formatted for the reader's language.
/// </summary>
public sealed class OrganizationTime(IConfiguration configuration)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration["Organization:TimeZone"] ?? "Asia/Tokyo");

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Date and time in the current culture, e.g. "2026年12月15日(火) 18:00" or "Tuesday, December 15, 2026 6:00 PM".</summary>
    public string Format(DateTime utc) => Format(utc, CultureInfo.CurrentCulture);

    public string FormatDate(DateTime utc) => FormatDate(utc, CultureInfo.CurrentCulture);

    // .NET's long Japanese date runs the weekday into the day ("2026年12月15日火曜日"); written Japanese
    // puts the short weekday in brackets.
    public string Format(DateTime utc, CultureInfo culture) => ToLocal(utc).ToString(IsJapanese(culture) ? "yyyy年M月d日(ddd) H:mm" : "f", culture);

    public string FormatDate(DateTime utc, CultureInfo culture) => ToLocal(utc).ToString(IsJapanese(culture) ? "yyyy年M月d日(ddd)" : "D", culture);

    private static bool IsJapanese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ja";
}
