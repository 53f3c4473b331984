using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace SkillMap.Core.SkillModel;

/// <summary>
/// The documented JSON exchange format of a skill model (see README, "Skill model format").
/// Fields stay strings here so a bad file can be reported item by item instead of failing as a whole.
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
    }

    public sealed class DevelopmentDocument
    {
        public string? Type { get; set; }
        public string Ja { get; set; } = "";
        public string En { get; set; } = "";
    }

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static ModelDocument Parse(string json) =>
        JsonSerializer.Deserialize<ModelDocument>(json, JsonOptions) ?? throw new JsonException("The file holds no model.");
}
