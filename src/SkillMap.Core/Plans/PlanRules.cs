using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Plans;

/// <summary>One item a proposed plan names, and why.</summary>
public sealed record Proposal
{
    public required string ItemKey { get; init; }
    public required Kind Kind { get; init; }
    public required Area Area { get; init; }
    public required ActionType ActionType { get; init; }
    public required Reason Reason { get; init; }
    public required Basis Basis { get; init; }
    public required double Level { get; init; }
    public int? Self { get; init; }
}

public sealed record ProposedPlan(IReadOnlyList<Proposal> Gaps, IReadOnlyList<Proposal> Strengths)
{
    /// <summary>True when some item had too few peer ratings and the plan used the manager's and the person's own instead.</summary>
    public bool UsesManagerAndSelf => Gaps.Concat(Strengths).Any(p => p.Basis == Basis.ManagerAndSelf);
}

/// <summary>
/// The rules that turn a round's results into a proposed plan. They read only what the anonymity
/// gate lets through, so a plan never reveals a suppressed cell: a peer cell below the threshold is
/// treated exactly as if it did not exist. Team (outcome) items never enter a personal plan.
/// </summary>
public static class PlanRules
{
    /// <summary>At or above this level an item is a strength the person can teach.</summary>
    public const double StrengthLevel = 4.0;

    /// <summary>The level a plan aims at; the distance below it is the item's need.</summary>
    public const double TargetLevel = 4.0;

    /// <summary>The level a plan may use, or null when nothing usable was given (a lone self score is not evidence).</summary>
    public static ItemLevel? LevelOf(ItemEvidence evidence, int threshold)
    {
        if (evidence.Kind == Kind.Team || evidence.SeenByOthers(threshold) is not { } others)
        {
            return null;
        }
        return new ItemLevel
        {
            ItemKey = evidence.ItemKey,
            Kind = evidence.Kind,
            Area = evidence.Area,
            Position = evidence.Position,
            Basis = others.Source == OthersSource.Peers ? Basis.Peers : Basis.ManagerAndSelf,
            Level = others.Level,
            Self = evidence.Self,
            Gap = Gap.Classify(evidence.Self, others),
        };
    }

    public static ActionType ActionTypeOf(Kind kind) => kind switch
    {
        Kind.Explicit => ActionType.Training,
        Kind.Implicit => ActionType.Coaching,
        _ => ActionType.Team,
    };

    /// <summary>
    /// The <paramref name="items"/> items most in need (furthest below the target, or the largest blind
    /// spot), and the <paramref name="strengths"/> strongest items as things the person can teach.
    /// </summary>
    public static ProposedPlan Propose(IEnumerable<ItemEvidence> evidence, int threshold, int items, int strengths)
    {
        var levels = evidence.Select(e => LevelOf(e, threshold)).OfType<ItemLevel>().ToList();
        var gaps = levels
            .Where(l => l.Level < StrengthLevel || l.Gap == GapKind.BlindSpot)
            .Select(l => (Level: l, Need: Need(l)))
            .OrderByDescending(x => x.Need)
            .ThenBy(x => x.Level.Level)
            .ThenBy(x => x.Level.Position)
            .ThenBy(x => x.Level.ItemKey, StringComparer.Ordinal)
            .Take(Math.Max(0, items))
            .Select(x => ToProposal(x.Level, ActionTypeOf(x.Level.Kind), x.Level.Gap == GapKind.BlindSpot ? Reason.BlindSpot : Reason.LowLevel))
            .ToList();
        // An item is either a need or a strength, never both (a blind spot at level 4 or more is a need).
        var strong = levels
            .Where(l => l.Level >= StrengthLevel && l.Gap != GapKind.BlindSpot)
            .OrderByDescending(l => l.Level)
            .ThenBy(l => l.Position)
            .ThenBy(l => l.ItemKey, StringComparer.Ordinal)
            .Take(Math.Max(0, strengths))
            .Select(l => ToProposal(l, ActionType.Strength, l.Gap == GapKind.HiddenStrength ? Reason.HiddenStrength : Reason.Strength))
            .ToList();
        return new ProposedPlan(gaps, strong);
    }

    private static double Need(ItemLevel level)
    {
        var belowTarget = TargetLevel - level.Level;
        return level.Gap == GapKind.BlindSpot ? Math.Max(belowTarget, level.SelfGap!.Value) : belowTarget;
    }

    private static Proposal ToProposal(ItemLevel level, ActionType type, Reason reason) => new()
    {
        ItemKey = level.ItemKey,
        Kind = level.Kind,
        Area = level.Area,
        ActionType = type,
        Reason = reason,
        Basis = level.Basis,
        Level = level.Level,
        Self = level.Self,
    };
}
