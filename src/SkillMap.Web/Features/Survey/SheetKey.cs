using SkillMap.Core.SkillModel;

namespace SkillMap.Web.Features.Survey;

/// <summary>Identifies one sheet: one rater's answers about one ratee (or their team) in one round.</summary>
public sealed record SheetKey(int RoundId, Perspective Perspective, int RaterId, int? RateeId)
{
    public static SheetKey Self(int roundId, int personId) => new(roundId, Perspective.Self, personId, personId);
}
