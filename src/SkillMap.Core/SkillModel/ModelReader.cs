namespace SkillMap.Core.SkillModel;

/// <summary>Turns a <see cref="ModelDocument"/> into items, collecting every problem with the item and field it concerns.</summary>
public static class ModelReader
{
    public sealed record Problem(int Position, string? ItemKey, string Field, string Message);

    public static (IReadOnlyList<SkillItem> Items, IReadOnlyList<Problem> Problems) Read(ModelDocument document)
    {
        var items = new List<SkillItem>();
        var problems = new List<Problem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Items.Count; i++)
        {
            var doc = document.Items[i];
            var position = i + 1;
            void Fail(string field, string message) => problems.Add(new Problem(position, doc.Key, field, message));

            if (string.IsNullOrWhiteSpace(doc.Key)) Fail("key", "missing");
            else if (!keys.Add(doc.Key)) Fail("key", "duplicate");
            var kind = Enum<Kind>(doc.Kind, "kind", Fail);
            var area = Enum<Area>(doc.Area, "area", Fail);
            var stage = Enum<Stage>(doc.Stage, "stage", Fail);
            var scope = Enum<Scope>(doc.Scope, "scope", Fail);
            var developmentType = Enum<DevelopmentType>(doc.Development?.Type, "development.type", Fail);
            var statement = Text(doc.Statement, "statement", Fail);
            var anchor1 = Text(doc.Anchors?.GetValueOrDefault("1"), "anchors.1", Fail);
            var anchor3 = Text(doc.Anchors?.GetValueOrDefault("3"), "anchors.3", Fail);
            var anchor5 = Text(doc.Anchors?.GetValueOrDefault("5"), "anchors.5", Fail);
            var help = Text(doc.Help, "help", Fail);
            var development = Text(doc.Development is null ? null : new Bilingual { Ja = doc.Development.Ja, En = doc.Development.En }, "development", Fail);

            if (kind is null || area is null || stage is null || scope is null || developmentType is null
                || statement is null || anchor1 is null || anchor3 is null || anchor5 is null || help is null || development is null
                || string.IsNullOrWhiteSpace(doc.Key))
            {
                continue;
            }
            items.Add(new SkillItem
            {
                Key = doc.Key,
                Kind = kind.Value,
                Area = area.Value,
                Stage = stage.Value,
                Scope = scope.Value,
                Core = doc.Core,
                PracticeAreas = doc.PracticeAreas,
                LifecycleEvents = doc.LifecycleEvents,
                Statement = statement,
                Anchor1 = anchor1,
                Anchor3 = anchor3,
                Anchor5 = anchor5,
                Help = help,
                DevelopmentType = developmentType.Value,
                Development = development,
            });
        }
        return (items, problems);
    }

    private static T? Enum<T>(string? slug, string field, Action<string, string> fail) where T : struct, System.Enum
    {
        if (Slug.TryParse<T>(slug, out var value))
        {
            return value;
        }
        fail(field, slug is null ? "missing" : $"unknown value '{slug}'");
        return null;
    }

    private static Bilingual? Text(Bilingual? text, string field, Action<string, string> fail)
    {
        if (text is null)
        {
            fail(field, "missing");
            return null;
        }
        var ok = true;
        if (string.IsNullOrWhiteSpace(text.Ja)) { fail(field + ".ja", "missing translation"); ok = false; }
        if (string.IsNullOrWhiteSpace(text.En)) { fail(field + ".en", "missing translation"); ok = false; }
        return ok ? text : null;
    }
}
