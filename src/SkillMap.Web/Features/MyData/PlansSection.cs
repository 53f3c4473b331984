using Dapper;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.MyData;

/// <summary>The person's own training plans, for rounds whose results were released to them (as the plan pages show them).</summary>
public sealed partial class PlansSection(Db db, ResultVisibility visibility) : IMyDataSection
{
    public string Name => "plans";

    private sealed record PlanRow
    {
        public int Id { get; init; }
        public int RoundId { get; init; }
        public string Round { get; init; } = "";
        public string Team { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTime ProposedAt { get; init; }
        public DateTime? AgreedAt { get; init; }
        public DateTime? ApprovedAt { get; init; }
    }

    private sealed record ActionRow
    {
        public int PlanId { get; init; }
        public string? ItemKey { get; init; }
        public string ActionType { get; init; } = "";
        public string Reason { get; init; } = "";
        public string? Basis { get; init; }
        public string? Body { get; init; }
        public string? DevelopmentJa { get; init; }
        public string? DevelopmentEn { get; init; }
        public string? Owner { get; init; }
        public DateTime? DueDate { get; init; }
        public string Status { get; init; } = "";
    }

    private sealed record CommentRow
    {
        public int PlanId { get; init; }
        public string? Author { get; init; }
        public string Body { get; init; } = "";
        public DateTime CreatedAt { get; init; }
    }

    public async Task<object?> LoadAsync(int personId, CancellationToken cancellationToken)
    {
        var language = LocalizationServices.Current;
        List<PlanRow> plans;
        List<ActionRow> actions;
        List<CommentRow> comments;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            using var results = await connection.QueryMultipleAsync(Sql.Plans, new { PersonId = personId });
            plans = (await results.ReadAsync<PlanRow>()).ToList();
            actions = (await results.ReadAsync<ActionRow>()).ToList();
            comments = (await results.ReadAsync<CommentRow>()).ToList();
        }
        var shown = new List<object>();
        foreach (var plan in plans)
        {
            if (!await visibility.IsReleasedToRateeAsync(plan.RoundId, personId, cancellationToken))
            {
                continue;
            }
            shown.Add(new
            {
                plan.Round,
                plan.Team,
                plan.Status,
                plan.ProposedAt,
                plan.AgreedAt,
                plan.ApprovedAt,
                Actions = actions.Where(a => a.PlanId == plan.Id).Select(a => new
                {
                    Item = a.ItemKey,
                    a.ActionType,
                    a.Reason,
                    a.Basis,
                    Text = a.Body ?? (language == "en" ? a.DevelopmentEn : a.DevelopmentJa),
                    a.Owner,
                    a.DueDate,
                    a.Status,
                }),
                Comments = comments.Where(c => c.PlanId == plan.Id).Select(c => new { c.Author, c.Body, c.CreatedAt }),
            });
        }
        return shown;
    }

    internal static class Sql
    {
        public const string Plans = """
            SELECT
                p.Id AS Id,
                p.RoundId AS RoundId,
                r.Name AS Round,
                t.Name AS Team,
                p.Status AS Status,
                p.ProposedAt AS ProposedAt,
                p.AgreedAt AS AgreedAt,
                p.ApprovedAt AS ApprovedAt
            FROM TrainingPlan p
            JOIN Round r ON r.Id = p.RoundId
            JOIN Team t ON t.Id = p.TeamId
            WHERE p.PersonId = @PersonId
            ORDER BY p.RoundId;

            SELECT
                a.PlanId AS PlanId,
                i.ItemKey AS ItemKey,
                a.ActionType AS ActionType,
                a.Reason AS Reason,
                a.Basis AS Basis,
                a.Body AS Body,
                i.DevelopmentJa AS DevelopmentJa,
                i.DevelopmentEn AS DevelopmentEn,
                o.DisplayName AS Owner,
                a.DueDate AS DueDate,
                a.Status AS Status
            FROM PlanAction a
            JOIN TrainingPlan p ON p.Id = a.PlanId
            LEFT JOIN SkillItem i ON i.Id = a.SkillItemId
            LEFT JOIN Person o ON o.Id = a.OwnerId
            WHERE p.PersonId = @PersonId
            ORDER BY a.PlanId, a.Position;

            SELECT
                c.PlanId AS PlanId,
                au.DisplayName AS Author,
                c.Body AS Body,
                c.CreatedAt AS CreatedAt
            FROM PlanComment c
            JOIN TrainingPlan p ON p.Id = c.PlanId
            LEFT JOIN Person au ON au.Id = c.AuthorId
            WHERE p.PersonId = @PersonId
            ORDER BY c.PlanId, c.CreatedAt;
            """;
    }
}
