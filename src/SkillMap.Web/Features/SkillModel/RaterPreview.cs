using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>One language's column of the editor's preview: the item as a rater reading in that language sees it.</summary>
public sealed record RaterPreview(string Language, ItemInput Input)
{
    private string Pick(string? ja, string? en) => (Language == "ja" ? ja : en) ?? "";

    private string PickOther(string? ja, string? en) => (Language == "ja" ? en : ja) ?? "";

    public string Statement => Pick(Input.StatementJa, Input.StatementEn);

    public string OtherStatement => PickOther(Input.StatementJa, Input.StatementEn);

    public string Help => Pick(Input.HelpJa, Input.HelpEn);

    public string Suffix => Language == "ja" ? "Ja" : "En";

    public string? Anchor(int level) => level switch
    {
        1 => Pick(Input.Anchor1Ja, Input.Anchor1En),
        3 => Pick(Input.Anchor3Ja, Input.Anchor3En),
        5 => Pick(Input.Anchor5Ja, Input.Anchor5En),
        _ => null,
    };

    public Stage? Stage => Slug.TryParse<Stage>(Input.Stage, out var stage) ? stage : null;
}
