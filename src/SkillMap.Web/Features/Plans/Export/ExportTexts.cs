using System.Globalization;
using Microsoft.Extensions.Localization;
using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.Plans.Export;

/// <summary>The words an export needs in its language, read once from the resources (no request culture in the CLI).</summary>
public sealed record ExportTexts
{
    public required string Language { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public required string Title { get; init; }
    public required string TeamActions { get; init; }
    public required string StrengthText { get; init; }
    public required string WorkshopText { get; init; }
    public required string WayOfWorkingText { get; init; }
    public required IReadOnlyDictionary<string, string> Areas { get; init; }
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public string Label(string code) => Labels.GetValueOrDefault(code, code);

    public static ExportTexts For(string language, IStringLocalizer<Strings> t)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var labels = new Dictionary<string, string>();
            foreach (var code in new[] { "training", "coaching", "team", "strength" })
            {
                labels[code] = t["Plans.ActionType." + code];
            }
            foreach (var code in new[] { "planned", "in-progress", "done", "dropped" })
            {
                labels[code] = t["Plans.Status." + code];
            }
            foreach (var code in new[] { "explicit", "implicit" })
            {
                labels[code] = t["Plans.Kind." + code];
            }
            return new ExportTexts
            {
                Language = language,
                Headers = language == "en" ? ExportRow.Columns : ExportRow.Columns.Select(c => t["Plans.Column." + c].Value).ToList(),
                Title = t["Plans.Export.DocumentTitle"],
                TeamActions = t["Plans.Export.TeamActions"],
                StrengthText = t["Plans.Action.StrengthText"],
                WorkshopText = t["Plans.Team.WorkshopText"],
                WayOfWorkingText = t["Plans.Team.WayOfWorkingText"],
                Areas = Enum.GetValues<Area>().Where(a => a != Area.Outcome).ToDictionary(Slug.Of, a => t["Plans.Area." + Slug.Of(a)].Value),
                Labels = labels,
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
