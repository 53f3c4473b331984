namespace SkillMap.Core.SkillModel;

/// <summary>
/// What each kind of item may be: explicit skills are logic, abstraction or concretization and are
/// trained; implicit ones are mindset or conduct and are coached; both are about a person on the
/// input, thinking or output stage. Team items are the team's outcome, answered about the team.
/// </summary>
public sealed record KindRules(Kind Kind, IReadOnlyList<Area> Areas, IReadOnlyList<Stage> Stages, Scope Scope, DevelopmentType Development)
{
    private static readonly Stage[] PersonalStages = [Stage.Input, Stage.Thinking, Stage.Output];

    public static readonly KindRules Explicit = new(Kind.Explicit, [Area.Logic, Area.Abstraction, Area.Concretization], PersonalStages, Scope.Person, DevelopmentType.Training);
    public static readonly KindRules Implicit = new(Kind.Implicit, [Area.Mindset, Area.Conduct], PersonalStages, Scope.Person, DevelopmentType.Coaching);
    public static readonly KindRules Team = new(Kind.Team, [Area.Outcome], [Stage.Outcome], Scope.Team, DevelopmentType.Team);

    public static KindRules For(Kind kind) => kind switch
    {
        Kind.Explicit => Explicit,
        Kind.Implicit => Implicit,
        _ => Team,
    };
}
