using System.Diagnostics.Metrics;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// Counters of the answering path, on the "SkillMap.Survey" meter for the metrics export to pick up.
/// Tags name route templates only, never a sheet, rater or ratee.
/// </summary>
public static class SurveyMetrics
{
    public const string MeterName = "SkillMap.Survey";
    public const string PageRoute = "/surveys/{sheetId}";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Saves refused because the sheet had moved on (a late autosave or a stale tab).</summary>
    public static readonly Counter<long> StaleRefused = Meter.CreateCounter<long>(
        "skillmap.survey.stale_refused", unit: "{post}", description: "Answer posts refused because the sheet changed since the form was loaded");

    /// <summary>Posts for a sheet that is closed or not the rater's.</summary>
    public static readonly Counter<long> NotOpenRefused = Meter.CreateCounter<long>(
        "skillmap.survey.not_open_refused", unit: "{post}", description: "Answer posts refused because the round is closed or the sheet is not the rater's");

    /// <summary>Posts that stored answers, and retries that found them already stored.</summary>
    public static readonly Counter<long> Saved = Meter.CreateCounter<long>(
        "skillmap.survey.saved", unit: "{post}", description: "Answer posts stored (outcome=saved) or recognised as a repeat (outcome=repeat)");

    public static KeyValuePair<string, object?> Route(string handler) => new("route", PageRoute + (handler.Length > 0 ? "?handler=" + handler : ""));
}
