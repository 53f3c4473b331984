namespace SkillMap.Web.Features.Survey;

/// <summary>
/// The answering page's route template, for log lines that must not carry a sheet id. Its events are
/// counted by <see cref="Hosting.SkillMapMetrics"/> (saved, stale and refused answer posts).
/// </summary>
public static class SurveyRoute
{
    public const string Page = "/surveys/{sheetId}";
}
