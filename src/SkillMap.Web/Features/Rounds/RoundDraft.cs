using SkillMap.Core.Rounds;

namespace SkillMap.Web.Features.Rounds;

/// <summary>A round's settings as the edit form sends them, already validated; times in UTC.</summary>
public sealed record RoundDraft
{
    public string Name { get; init; } = "";
    public IReadOnlyList<int> TeamIds { get; init; } = [];
    public bool IncludesSelf { get; init; }
    public bool IncludesPeer { get; init; }
    public bool IncludesManager { get; init; }
    public bool IncludesTeam { get; init; }
    public int ModelVersionId { get; init; }
    public string Form { get; init; } = "full";
    public DateTime OpensAt { get; init; }
    public DateTime ClosesAt { get; init; }
    public int PeerThreshold { get; init; }
    public AssignmentMode AssignmentMode { get; init; }
    public int PeersPerRater { get; init; }
    public int? ReleaseAfterDays { get; init; }
}
