using Dapper;
using SkillMap.Core.Plans;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Plans;

/// <summary>One plan as its page shows it: header, actions with their items, comments, the gated levels of its round, and the previous plan's items against this round ("did it move?").</summary>
public sealed partial class PlanQuery(Db db)
{
    public sealed record Header
    {
        public int Id { get; init; }
        public int RoundId { get; init; }
        public string RoundName { get; init; } = "";
        public DateTime? ClosedAt { get; init; }
        public int PeerThreshold { get; init; }
        public int PersonId { get; init; }
        public string PersonName { get; init; } = "";
        public int TeamId { get; init; }
        public string TeamName { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTime? AgreedAt { get; init; }
        public DateTime? ApprovedAt { get; init; }
        public string? ApprovedByName { get; init; }
        public int ModelVersionId { get; init; }

        public PlanStatus PlanStatus => Core.SkillModel.Slug.Parse<PlanStatus>(Status);
    }

    public sealed record ActionRow
    {
        public int Id { get; init; }
        public int PlanId { get; init; }
        public int Position { get; init; }
        public int? SkillItemId { get; init; }
        public string? ItemKey { get; init; }
        public string? StatementJa { get; init; }
        public string? StatementEn { get; init; }
        public string? DevelopmentJa { get; init; }
        public string? DevelopmentEn { get; init; }
        public string? Anchor1En { get; init; }
        public string? Anchor3En { get; init; }
        public string? Anchor5En { get; init; }

        /// <summary>Same key and same anchors: the item means the same in both rounds, so levels compare.</summary>
        public bool IsComparableWith(ItemAnchors other) =>
            ItemKey == other.ItemKey && Anchor1En == other.Anchor1En && Anchor3En == other.Anchor3En && Anchor5En == other.Anchor5En;
        public string ActionType { get; init; } = "";
        public string Reason { get; init; } = "";
        public string? Basis { get; init; }
        public string? Body { get; init; }
        public int? OwnerId { get; init; }
        public string? OwnerName { get; init; }
        public DateTime? DueDate { get; init; }
        public string Status { get; init; } = "";

        public ActionType Type => Core.SkillModel.Slug.Parse<ActionType>(ActionType);

        public string? Statement(string language) => language == "en" ? StatementEn : StatementJa;

        public string? Development(string language) => language == "en" ? DevelopmentEn : DevelopmentJa;
    }

    public sealed record CommentRow
    {
        public int? AuthorId { get; init; }
        public string? AuthorName { get; init; }
        public string Body { get; init; } = "";
        public DateTime CreatedAt { get; init; }
    }

    public sealed record ItemAnchors
    {
        public string ItemKey { get; init; } = "";
        public string Anchor1En { get; init; } = "";
        public string Anchor3En { get; init; } = "";
        public string Anchor5En { get; init; } = "";
    }

    public sealed record PersonOption
    {
        public int Id { get; init; }
        public string DisplayName { get; init; } = "";
    }

    public sealed record PreviousPlan(Header Header, IReadOnlyList<ActionRow> Actions, IReadOnlyDictionary<string, ItemLevel> Levels);

    public sealed record Result(
        Header Plan,
        IReadOnlyList<ActionRow> Actions,
        IReadOnlyList<CommentRow> Comments,
        IReadOnlyDictionary<string, ItemLevel> Levels,
        PreviousPlan? Previous,
        IReadOnlyList<PersonOption> Owners);

    public async Task<Result?> LoadAsync(int planId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var plan = await ReadPlanAsync(connection, planId);
        if (plan is null)
        {
            return null;
        }
        var (header, actions, comments, owners) = plan.Value;
        var levels = await LevelsAsync(connection, header);
        PreviousPlan? previous = null;
        var previousId = await connection.ExecuteScalarAsync<int?>(Sql.PreviousPlan, new { header.PersonId, header.ClosedAt });
        if (previousId is { } id && await ReadPlanAsync(connection, id) is { } before)
        {
            var anchors = (await connection.QueryAsync<ItemAnchors>(Sql.Anchors, new { header.ModelVersionId })).ToList();
            // Only items that mean the same in this round (same key and anchors) can show a movement.
            var comparable = before.Actions
                .Where(a => a.ItemKey is not null && a.Type != Core.Plans.ActionType.Strength && anchors.Any(a.IsComparableWith))
                .ToList();
            previous = new PreviousPlan(before.Header, comparable, await LevelsAsync(connection, before.Header));
        }
        return new Result(header, actions, comments, levels, previous, owners);
    }

    /// <summary>All four result sets are read before the next command: SQL Server allows one open reader per connection.</summary>
    private static async Task<(Header Header, List<ActionRow> Actions, List<CommentRow> Comments, List<PersonOption> Owners)?> ReadPlanAsync(
        System.Data.Common.DbConnection connection, int planId)
    {
        using var results = await connection.QueryMultipleAsync(Sql.Plan, new { PlanId = planId });
        var header = await results.ReadSingleOrDefaultAsync<Header>();
        var actions = (await results.ReadAsync<ActionRow>()).ToList();
        var comments = (await results.ReadAsync<CommentRow>()).ToList();
        var owners = (await results.ReadAsync<PersonOption>()).ToList();
        return header is null ? null : (header, actions, comments, owners);
    }

    private static async Task<IReadOnlyDictionary<string, ItemLevel>> LevelsAsync(System.Data.Common.DbConnection connection, Header header) =>
        (await Evidence.LevelsAsync(connection, header.RoundId, header.PersonId, header.PeerThreshold)).ToDictionary(l => l.ItemKey);

    /// <summary>The items of the plan's round a manager may add to it (personal items only).</summary>
    public async Task<IReadOnlyList<(int Id, string Key, string Ja, string En, string Kind)>> ItemsAsync(int modelVersionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(long, string, string, string, string)>(Sql.Items, new { ModelVersionId = modelVersionId }))
            .Select(r => ((int)r.Item1, r.Item2, r.Item3, r.Item4, r.Item5)).ToList();
    }
}
