using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>
/// The editor's form for one item. Scope and development type follow from the kind (KindRules), so an
/// admin cannot set a combination the model does not allow. Checked by the same rules as an import.
/// </summary>
public sealed class ItemInput
{
    public string? Key { get; set; }
    public string? Kind { get; set; }
    public string? Area { get; set; }
    public string? Stage { get; set; }
    public bool Core { get; set; }
    public List<string> PracticeAreas { get; set; } = [];
    public List<string> LifecycleEvents { get; set; } = [];
    public string? StatementJa { get; set; }
    public string? StatementEn { get; set; }
    public string? Anchor1Ja { get; set; }
    public string? Anchor1En { get; set; }
    public string? Anchor3Ja { get; set; }
    public string? Anchor3En { get; set; }
    public string? Anchor5Ja { get; set; }
    public string? Anchor5En { get; set; }
    public string? HelpJa { get; set; }
    public string? HelpEn { get; set; }
    public string? DevelopmentJa { get; set; }
    public string? DevelopmentEn { get; set; }

    public static ItemInput From(SkillItemRow row) => new()
    {
        Key = row.ItemKey,
        Kind = Slug.Of(row.Kind),
        Area = Slug.Of(row.Area),
        Stage = Slug.Of(row.Stage),
        Core = row.IsCore,
        PracticeAreas = [.. row.PracticeAreaSlugs],
        LifecycleEvents = [.. row.LifecycleEventSlugs],
        StatementJa = row.StatementJa,
        StatementEn = row.StatementEn,
        Anchor1Ja = row.Anchor1Ja,
        Anchor1En = row.Anchor1En,
        Anchor3Ja = row.Anchor3Ja,
        Anchor3En = row.Anchor3En,
        Anchor5Ja = row.Anchor5Ja,
        Anchor5En = row.Anchor5En,
        HelpJa = row.HelpJa,
        HelpEn = row.HelpEn,
        DevelopmentJa = row.DevelopmentJa,
        DevelopmentEn = row.DevelopmentEn,
    };

    public ModelDocument.ItemDocument ToDocument()
    {
        var rules = Slug.TryParse<Kind>(Kind, out var kind) ? KindRules.For(kind.Value) : null;
        return new ModelDocument.ItemDocument
        {
            Key = Key?.Trim(),
            Kind = Kind,
            Area = Area,
            Stage = Stage,
            Scope = rules is null ? null : Slug.Of(rules.Scope),
            Core = Core,
            // Checkboxes arrive in form order; the file keeps the documented order.
            PracticeAreas = Enum.GetValues<PracticeArea>().Select(Slug.Of).Where(PracticeAreas.Contains).Concat(PracticeAreas.Where(p => !Slug.TryParse<PracticeArea>(p, out _))).ToList(),
            LifecycleEvents = Enum.GetValues<LifecycleEvent>().Select(Slug.Of).Where(LifecycleEvents.Contains).Concat(LifecycleEvents.Where(p => !Slug.TryParse<LifecycleEvent>(p, out _))).ToList(),
            Statement = Text(StatementJa, StatementEn),
            Anchors = new Dictionary<string, Bilingual> { ["1"] = Text(Anchor1Ja, Anchor1En), ["3"] = Text(Anchor3Ja, Anchor3En), ["5"] = Text(Anchor5Ja, Anchor5En) },
            Help = Text(HelpJa, HelpEn),
            Development = new ModelDocument.DevelopmentDocument { Type = rules is null ? null : Slug.Of(rules.Development), Ja = DevelopmentJa ?? "", En = DevelopmentEn ?? "" },
        };
    }

    /// <summary>Puts each problem at its field, in the reader's language.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IEnumerable<ModelProblem> problems, IStringLocalizer t, string prefix = "Input")
    {
        foreach (var problem in problems)
        {
            modelState.AddModelError($"{prefix}.{FieldName(problem.Field)}", t["ModelProblem.AtField", FieldLabel(problem.Field, t), ProblemText.Describe(problem, t)]);
        }
    }

    /// <summary>The form field a problem of the file format belongs to (<c>anchors.3.ja</c> → <c>Anchor3Ja</c>).</summary>
    public static string FieldName(string field) => field switch
    {
        "key" or "anchors" => nameof(Key),
        "kind" or "scope" or "development.type" => nameof(Kind),
        "area" => nameof(Area),
        "stage" => nameof(Stage),
        "practiceAreas" => nameof(PracticeAreas),
        "lifecycleEvents" => nameof(LifecycleEvents),
        _ when field.StartsWith("anchors.", StringComparison.Ordinal) => "Anchor" + string.Concat(field.Split('.').Skip(1).Select(part => char.ToUpperInvariant(part[0]) + part[1..])),
        _ => string.Concat(field.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..])),
    };

    /// <summary>The label the form shows for a field of the file format, with the language when it is one half of a text.</summary>
    public static string FieldLabel(string field, IStringLocalizer t)
    {
        var parts = field.Split('.');
        var label = parts[0] switch
        {
            "key" => t["Model.Item.Key"],
            "kind" or "scope" or "development" when parts.Length > 1 && parts[1] == "type" => t["Model.Item.Kind"],
            "kind" or "scope" => t["Model.Item.Kind"],
            "anchors" when parts.Length > 1 && int.TryParse(parts[1], out var level) => t["Model.Item.Anchor", level],
            _ => t["Model.Field." + parts[0]],
        };
        return parts[^1] switch
        {
            "ja" => t["ModelProblem.FieldInLanguage", label, t["Language.Japanese"]],
            "en" => t["ModelProblem.FieldInLanguage", label, t["Language.English"]],
            _ => label,
        };
    }

    private static Bilingual Text(string? ja, string? en) => new() { Ja = ja ?? "", En = en ?? "" };
}
