namespace SkillMap.Web.Features.MyData;

public sealed partial class MyDataQuery
{
    public sealed record Profile
    {
        public int Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? NameReading { get; init; }
        public string? Email { get; init; }
        public string? EmployeeNumber { get; init; }
        public string Role { get; init; } = "";
        public string Language { get; init; } = "";
        public bool IsRated { get; init; }
        public DateTime CreatedAt { get; init; }
    }

    public sealed record Membership
    {
        public string Team { get; init; } = "";
        public DateTime FromDate { get; init; }
        public DateTime? ToDate { get; init; }
    }

    private sealed record AnswerRow
    {
        public int RoundId { get; init; }
        public string Round { get; init; } = "";
        public string Perspective { get; init; } = "";
        public string? About { get; init; }
        public string Team { get; init; } = "";
        public string ItemKey { get; init; } = "";
        public string StatementJa { get; init; } = "";
        public string StatementEn { get; init; } = "";
        public int? Score { get; init; }
        public string? Comment { get; init; }
    }

    private sealed record ReceivedRow
    {
        public int RoundId { get; init; }
        public string Perspective { get; init; } = "";
        public string? RaterName { get; init; }
        public long? SheetToken { get; init; }
        public string ItemKey { get; init; } = "";
        public string StatementJa { get; init; } = "";
        public string StatementEn { get; init; } = "";
        public int? Score { get; init; }
    }

    private sealed record CommentRow
    {
        public int RoundId { get; init; }
        public string Round { get; init; } = "";
        public string Perspective { get; init; } = "";
        public string? About { get; init; }
        public string? RaterName { get; init; }
        public string? ItemKey { get; init; }
        public string Body { get; init; } = "";
    }

    private sealed record RoundRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public DateTime? ClosedAt { get; init; }
        public int PeerThreshold { get; init; }
    }
}
