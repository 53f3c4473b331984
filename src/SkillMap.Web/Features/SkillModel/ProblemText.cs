using Microsoft.Extensions.Localization;
using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>A model problem in the reader's language, naming the item and the field.</summary>
public static class ProblemText
{
    public static string Describe(ModelProblem problem, IStringLocalizer t) =>
        t[$"ModelProblem.{problem.Kind}", problem.Value ?? "", problem.Expected ?? ""];

    public static string Where(ModelProblem problem, IStringLocalizer t) => problem.Position == 0
        ? problem.Field
        : t["ModelProblem.Where", problem.Position, string.IsNullOrWhiteSpace(problem.ItemKey) ? "—" : problem.ItemKey, problem.Field];
}
