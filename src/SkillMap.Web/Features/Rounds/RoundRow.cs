using SkillMap.Core.Rounds;

namespace SkillMap.Web.Features.Rounds;

/// <summary>A round as the management pages show it.</summary>
public sealed record RoundRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Status { get; init; } = "";
    public int ModelVersionId { get; init; }
    public string ModelNameJa { get; init; } = "";
    public string ModelNameEn { get; init; } = "";
    public int ModelVersion { get; init; }
    public string Form { get; init; } = "full";
    public bool IncludesSelf { get; init; }
    public bool IncludesPeer { get; init; }
    public bool IncludesManager { get; init; }
    public bool IncludesTeam { get; init; }
    public int PeerThreshold { get; init; }
    public AssignmentMode AssignmentMode { get; init; }
    public int PeersPerRater { get; init; }
    public DateTime? OpensAt { get; init; }
    public DateTime? ClosesAt { get; init; }
    public DateTime? OpenedAt { get; init; }
    public DateTime? ClosedAt { get; init; }
    public DateTime? ArchivedAt { get; init; }
    public DateTime? PurgedAt { get; init; }
    public int? ReleaseAfterDays { get; init; }
    public bool OpenScheduled { get; init; }
    public string? OpenProblem { get; init; }
    public int? CreatedBy { get; init; }

    public bool IsDraft => Status == "draft";

    public bool IsOpen => Status == "open";

    /// <summary>Closed or archived, and not purged: results exist.</summary>
    public bool HasResults => Status is "closed" or "archived" && PurgedAt is null;

    /// <summary>What the status badge says: a purged round is "purged" whatever its status was.</summary>
    public string Phase => PurgedAt is not null ? "purged" : Status;

    public DateTime? AutoReleaseAt => ClosedAt is { } closed && ReleaseAfterDays is { } days ? closed.AddDays(days) : null;
}

public sealed record TeamRef
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
}
