using System.Globalization;
using System.Text.RegularExpressions;
using SkillMap.Core.Text;

namespace SkillMap.Core.SkillModel;

/// <summary>
/// Turns a <see cref="ModelDocument"/> into items, collecting every problem with the item and field it
/// concerns, so a bad file is refused as a whole with a list a person can fix in one go.
/// </summary>
public static partial class ModelReader
{
    /// <summary>Statements and anchors: what a person reads beside the buttons.</summary>
    public const int MaxShortText = 1000;

    /// <summary>The model's name, in visible characters.</summary>
    public const int MaxName = 200;

    /// <summary>Help and development texts (Markdown).</summary>
    public const int MaxLongText = 10000;

    public const int MaxKeyLength = 100;

    public static (IReadOnlyList<SkillItem> Items, IReadOnlyList<ModelProblem> Problems) Read(ModelDocument document)
    {
        var problems = new List<ModelProblem>();
        CheckName(document.Name, problems);
        if (document.Items.Count == 0)
        {
            problems.Add(new ModelProblem(0, null, "items", ModelProblemKind.Empty));
        }
        var items = new List<SkillItem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Items.Count; i++)
        {
            var item = ReadItem(document.Items[i], i + 1, keys, problems);
            if (item is not null)
            {
                items.Add(item);
            }
        }
        return (items, problems);
    }

    /// <summary>Checks one item as the editor submits it; the same rules as a whole file, keys of the other items given.</summary>
    public static (SkillItem? Item, IReadOnlyList<ModelProblem> Problems) ReadOne(ModelDocument.ItemDocument document, IEnumerable<string> otherKeys)
    {
        var problems = new List<ModelProblem>();
        var keys = new HashSet<string>(otherKeys, StringComparer.Ordinal);
        var item = ReadItem(document, 1, keys, problems);
        return (item, problems);
    }

    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && KeyPattern().IsMatch(key);

    private static void CheckName(Bilingual? name, List<ModelProblem> problems)
    {
        if (name is null)
        {
            problems.Add(new ModelProblem(0, null, "name", ModelProblemKind.Missing));
            return;
        }
        Check(name.Ja, "name.ja");
        Check(name.En, "name.en");

        void Check(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new ModelProblem(0, null, field, ModelProblemKind.MissingTranslation));
            }
            else if (VisibleText.Length(text) > MaxName)
            {
                problems.Add(new ModelProblem(0, null, field, ModelProblemKind.TooLong, MaxName.ToString(CultureInfo.InvariantCulture)));
            }
            else if (text.Length > VisibleText.NameStorage)
            {
                problems.Add(new ModelProblem(0, null, field, ModelProblemKind.TooLongStored));
            }
        }
    }

    private static SkillItem? ReadItem(ModelDocument.ItemDocument doc, int position, HashSet<string> keys, List<ModelProblem> problems)
    {
        var before = problems.Count;
        void Fail(string field, ModelProblemKind kind, string? value = null, string? expected = null) =>
            problems.Add(new ModelProblem(position, doc.Key, field, kind, value, expected));

        if (string.IsNullOrWhiteSpace(doc.Key)) Fail("key", ModelProblemKind.Missing);
        else if (!IsValidKey(doc.Key)) Fail("key", ModelProblemKind.InvalidKey, doc.Key);
        else if (!keys.Add(doc.Key)) Fail("key", ModelProblemKind.Duplicate, doc.Key);

        var kind = Enum<Kind>(doc.Kind, "kind", Fail);
        var area = Enum<Area>(doc.Area, "area", Fail);
        var stage = Enum<Stage>(doc.Stage, "stage", Fail);
        var scope = Enum<Scope>(doc.Scope, "scope", Fail);
        var developmentType = doc.Development is null ? null : Enum<DevelopmentType>(doc.Development.Type, "development.type", Fail);
        if (kind is { } k)
        {
            var rule = KindRules.For(k);
            if (area is { } a && !rule.Areas.Contains(a)) Fail("area", ModelProblemKind.Mismatch, Slug.Of(a), string.Join(", ", rule.Areas.Select(Slug.Of)));
            if (stage is { } s && !rule.Stages.Contains(s)) Fail("stage", ModelProblemKind.Mismatch, Slug.Of(s), string.Join(", ", rule.Stages.Select(Slug.Of)));
            if (scope is { } sc && sc != rule.Scope) Fail("scope", ModelProblemKind.Mismatch, Slug.Of(sc), Slug.Of(rule.Scope));
            if (developmentType is { } d && d != rule.Development) Fail("development.type", ModelProblemKind.Mismatch, Slug.Of(d), Slug.Of(rule.Development));
        }
        var practiceAreas = Tags<PracticeArea>(doc.PracticeAreas, "practiceAreas", Fail);
        var lifecycleEvents = Tags<LifecycleEvent>(doc.LifecycleEvents, "lifecycleEvents", Fail);
        var statement = Text(doc.Statement, "statement", MaxShortText, Fail, VisibleText.FreeTextStorage);
        var anchor1 = Text(doc.Anchors?.GetValueOrDefault("1"), "anchors.1", MaxShortText, Fail, VisibleText.FreeTextStorage);
        var anchor3 = Text(doc.Anchors?.GetValueOrDefault("3"), "anchors.3", MaxShortText, Fail, VisibleText.FreeTextStorage);
        var anchor5 = Text(doc.Anchors?.GetValueOrDefault("5"), "anchors.5", MaxShortText, Fail, VisibleText.FreeTextStorage);
        foreach (var extra in doc.Anchors?.Keys.Except(["1", "3", "5"]) ?? [])
        {
            Fail("anchors." + extra, ModelProblemKind.UnknownField, extra, "1, 3, 5");
        }
        var help = Text(doc.Help, "help", MaxLongText, Fail);
        var development = Text(doc.Development is null ? null : new Bilingual { Ja = doc.Development.Ja, En = doc.Development.En }, "development", MaxLongText, Fail);

        if (problems.Count > before)
        {
            return null;
        }
        return new SkillItem
        {
            Key = doc.Key!,
            Kind = kind!.Value,
            Area = area!.Value,
            Stage = stage!.Value,
            Scope = scope!.Value,
            Core = doc.Core,
            PracticeAreas = practiceAreas,
            LifecycleEvents = lifecycleEvents,
            Statement = statement!,
            Anchor1 = anchor1!,
            Anchor3 = anchor3!,
            Anchor5 = anchor5!,
            Help = help!,
            DevelopmentType = developmentType!.Value,
            Development = development!,
        };
    }

    private delegate void FailAction(string field, ModelProblemKind kind, string? value = null, string? expected = null);

    private static T? Enum<T>(string? slug, string field, FailAction fail) where T : struct, System.Enum
    {
        if (Slug.TryParse<T>(slug, out var value))
        {
            return value;
        }
        if (string.IsNullOrEmpty(slug))
        {
            fail(field, ModelProblemKind.Missing);
        }
        else
        {
            fail(field, ModelProblemKind.UnknownValue, slug, string.Join(", ", System.Enum.GetValues<T>().Select(Slug.Of)));
        }
        return null;
    }

    private static List<string> Tags<T>(List<string>? slugs, string field, FailAction fail) where T : struct, System.Enum
    {
        var tags = new List<string>();
        foreach (var slug in slugs ?? [])
        {
            if (!Slug.TryParse<T>(slug, out _))
            {
                fail(field, ModelProblemKind.UnknownValue, slug, string.Join(", ", System.Enum.GetValues<T>().Select(Slug.Of)));
            }
            else if (tags.Contains(slug))
            {
                fail(field, ModelProblemKind.Duplicate, slug);
            }
            else
            {
                tags.Add(slug);
            }
        }
        return tags;
    }

    private static Bilingual? Text(Bilingual? text, string field, int max, FailAction fail, int storage = int.MaxValue)
    {
        if (text is null)
        {
            fail(field, ModelProblemKind.Missing);
            return null;
        }
        var ok = true;
        foreach (var (language, value) in new[] { ("ja", text.Ja), ("en", text.En) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                fail($"{field}.{language}", ModelProblemKind.MissingTranslation);
                ok = false;
            }
            else if (VisibleText.Length(value) > max)
            {
                fail($"{field}.{language}", ModelProblemKind.TooLong, max.ToString(CultureInfo.InvariantCulture));
                ok = false;
            }
            else if (value.Length > storage)
            {
                fail($"{field}.{language}", ModelProblemKind.TooLongStored);
                ok = false;
            }
        }
        return ok ? new Bilingual { Ja = text.Ja.Trim(), En = text.En.Trim() } : null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:[.-][a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
