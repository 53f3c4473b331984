using System.Globalization;
using SkillMap.Core.Plans;

namespace SkillMap.Web.Features.Plans;

/// <summary>What an action says, the same on the page and in every export.</summary>
public static class PlanTexts
{
    public static string ActionMarkdown(PlanQuery.ActionRow action, string language, string strengthText) =>
        Compose(action.Body, action.Type, action.Development(language), strengthText);

    /// <summary>A manager's wording wins; otherwise the model's development suggestion, or for a strength an invitation to teach it.</summary>
    public static string Compose(string? body, ActionType type, string? development, string strengthText) =>
        !string.IsNullOrWhiteSpace(body) ? body
        : type == ActionType.Strength ? strengthText
        : development ?? "";

    public static string Level(double level) => level.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Date(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
