using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>An item of one model version as the rating and report pages need it.</summary>
public sealed record SkillItemRow
{
    public int Id { get; init; }
    public string ItemKey { get; init; } = "";
    public Kind Kind { get; init; }
    public Area Area { get; init; }
    public Stage Stage { get; init; }
    public Scope Scope { get; init; }
    public bool IsCore { get; init; }
    public string StatementJa { get; init; } = "";
    public string StatementEn { get; init; } = "";
    public string Anchor1Ja { get; init; } = "";
    public string Anchor1En { get; init; } = "";
    public string Anchor3Ja { get; init; } = "";
    public string Anchor3En { get; init; } = "";
    public string Anchor5Ja { get; init; } = "";
    public string Anchor5En { get; init; } = "";
    public string HelpJa { get; init; } = "";
    public string HelpEn { get; init; } = "";

    public Bilingual Statement => new() { Ja = StatementJa, En = StatementEn };

    /// <summary>The meaning of an anchored level (1, 3 or 5); null for the levels between them.</summary>
    public Bilingual? Anchor(int level) => level switch
    {
        1 => new Bilingual { Ja = Anchor1Ja, En = Anchor1En },
        3 => new Bilingual { Ja = Anchor3Ja, En = Anchor3En },
        5 => new Bilingual { Ja = Anchor5Ja, En = Anchor5En },
        _ => null,
    };

    public Bilingual Help => new() { Ja = HelpJa, En = HelpEn };
}
