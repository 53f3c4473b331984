using System.Globalization;
using SkillMap.Web.Hosting;

namespace SkillMap.Web.Features.Rounds;

/// <summary>Round dates are entered and shown in the organisation's time zone and stored in UTC.</summary>
public static class RoundTimes
{
    private static readonly string[] Formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>The value of a <c>datetime-local</c> input for a stored UTC time.</summary>
    public static string ToInput(this OrganizationTime time, DateTime? utc) =>
        utc is { } value ? time.ToLocal(value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>Reads a <c>datetime-local</c> value as a time in the organisation's zone; false for text that is no such time.</summary>
    public static bool TryParseInput(this OrganizationTime time, string? text, out DateTime utc)
    {
        utc = default;
        if (!DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || time.Zone.IsInvalidTime(local))
        {
            return false;
        }
        utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), time.Zone);
        return true;
    }

    /// <summary>"Asia/Tokyo (UTC+09:00)": said next to every time a manager enters.</summary>
    public static string ZoneLabel(this OrganizationTime time, DateTime utc)
    {
        var offset = time.Zone.GetUtcOffset(utc);
        return $"{time.Zone.Id} (UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm})";
    }
}
