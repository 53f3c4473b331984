using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillMap.Core.SkillModel;

/// <summary>
/// The documented JSON exchange format of a skill model (README, "Skill model format"). Property order
/// here is the order in the file. Fields stay strings so a bad file can be reported item by item
/// instead of failing as a whole.
/// </summary>
public sealed class ModelDocument
{
    public Bilingual Name { get; set; } = new();
    public int Version { get; set; }
    public List<ItemDocument> Items { get; set; } = [];

    public sealed class ItemDocument
    {
        public string? Key { get; set; }
        public string? Kind { get; set; }
        public string? Area { get; set; }
        public string? Stage { get; set; }
        public string? Scope { get; set; }
        public bool Core { get; set; }
        public List<string> PracticeAreas { get; set; } = [];
        public List<string> LifecycleEvents { get; set; } = [];
        public Bilingual? Statement { get; set; }
        public Dictionary<string, Bilingual>? Anchors { get; set; }
        public Bilingual? Help { get; set; }
        public DevelopmentDocument? Development { get; set; }

        public static ItemDocument From(SkillItem item) => new()
        {
            Key = item.Key,
            Kind = Slug.Of(item.Kind),
            Area = Slug.Of(item.Area),
            Stage = Slug.Of(item.Stage),
            Scope = Slug.Of(item.Scope),
            Core = item.Core,
            PracticeAreas = [.. item.PracticeAreas],
            LifecycleEvents = [.. item.LifecycleEvents],
            Statement = item.Statement,
            Anchors = new Dictionary<string, Bilingual> { ["1"] = item.Anchor1, ["3"] = item.Anchor3, ["5"] = item.Anchor5 },
            Help = item.Help,
            Development = new DevelopmentDocument { Type = Slug.Of(item.DevelopmentType), Ja = item.Development.Ja, En = item.Development.En },
        };
    }

    public sealed class DevelopmentDocument
    {
        public string? Type { get; set; }
        public string Ja { get; set; } = "";
        public string En { get; set; } = "";
    }

    public static ModelDocument From(Bilingual name, int version, IEnumerable<SkillItem> items) => new()
    {
        Name = name,
        Version = version,
        Items = items.Select(ItemDocument.From).ToList(),
    };

    /// <summary>
    /// Strict on reading (an unknown or repeated field is an error, so a typo is not silently dropped);
    /// on writing, UTF-8 with Japanese unescaped. Relaxed escaping is safe: the file is data, never HTML.
    /// </summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static ModelDocument Parse(string json) =>
        JsonSerializer.Deserialize<ModelDocument>(json, JsonOptions) ?? throw new JsonException("The file holds no model.");

    /// <summary>The file as export writes it: indented, items in display order, a final newline.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";
}
