namespace SkillMap.Core.SkillModel;

/// <summary>A text the model carries in both languages.</summary>
public sealed record Bilingual
{
    public string Ja { get; init; } = "";

    public string En { get; init; } = "";

    public string In(string language) => language == "en" ? En : Ja;

    /// <summary>The language the reader did not choose, for "the other one a click away".</summary>
    public string Other(string language) => language == "en" ? Ja : En;
}
