using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>An item of one model version as the rating, report, plan and editor pages need it.</summary>
public sealed record SkillItemRow
{
    public int Id { get; init; }
    public int Position { get; init; }
    public string ItemKey { get; init; } = "";
    public Kind Kind { get; init; }
    public Area Area { get; init; }
    public Stage Stage { get; init; }
    public Scope Scope { get; init; }
    public bool IsCore { get; init; }

    /// <summary>Practice-area slugs separated by spaces (<c>incident change</c>).</summary>
    public string PracticeAreas { get; init; } = "";

    /// <summary>Lifecycle-event slugs separated by spaces (<c>new in-use</c>).</summary>
    public string LifecycleEvents { get; init; } = "";
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
    public DevelopmentType DevelopmentType { get; init; }
    public string DevelopmentJa { get; init; } = "";
    public string DevelopmentEn { get; init; } = "";

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

    public Bilingual Development => new() { Ja = DevelopmentJa, En = DevelopmentEn };

    public IReadOnlyList<string> PracticeAreaSlugs => PracticeAreas.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> LifecycleEventSlugs => LifecycleEvents.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public SkillItem ToSkillItem() => new()
    {
        Key = ItemKey,
        Kind = Kind,
        Area = Area,
        Stage = Stage,
        Scope = Scope,
        Core = IsCore,
        PracticeAreas = PracticeAreaSlugs,
        LifecycleEvents = LifecycleEventSlugs,
        Statement = Statement,
        Anchor1 = Anchor(1)!,
        Anchor3 = Anchor(3)!,
        Anchor5 = Anchor(5)!,
        Help = Help,
        DevelopmentType = DevelopmentType,
        Development = Development,
    };
}
