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

    /// <summary>Date and time in the current culture, e.g. "2026年12月15日 18:00" or "December 15, 2026 18:00".</summary>
    public string Format(DateTime utc) => ToLocal(utc).ToString("f", CultureInfo.CurrentCulture);

    public string FormatDate(DateTime utc) => ToLocal(utc).ToString("D", CultureInfo.CurrentCulture);
}
