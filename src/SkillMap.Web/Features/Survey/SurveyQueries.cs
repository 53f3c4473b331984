using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Core.Survey;
using SkillMap.Web.Data;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Survey;

/// <summary>
/// Reads what a rater answers: their sheets in open rounds and one sheet with its answers. Every read
/// is keyed by the signed-in rater, so a sheet of somebody else reads as missing.
/// </summary>
public sealed partial class SurveyQueries(Db db, ModelItems model)
{
    /// <summary>One sheet as the rating page needs it.</summary>
    public sealed record SheetInfo
    {
        public int SheetId { get; init; }
        public int RoundId { get; init; }
        public string RoundName { get; init; } = "";
        public int ModelVersionId { get; init; }
        public string Form { get; init; } = "full";
        public DateTime? ClosesAt { get; init; }
        public int PeerThreshold { get; init; } = 3;
        public string PerspectiveSlug { get; init; } = "self";
        public int? RateeId { get; init; }
        public string? RateeName { get; init; }
        public int TeamId { get; init; }
        public string TeamName { get; init; } = "";
        public int Revision { get; init; }

        public Perspective Perspective => Slug.Parse<Perspective>(PerspectiveSlug);
    }

    /// <summary>What a post of answers needs to know of its sheet: which items it asks.</summary>
    public sealed record SheetTarget
    {
        public int SheetId { get; init; }
        public int RoundId { get; init; }
        public int ModelVersionId { get; init; }
        public string Form { get; init; } = "full";
        public string PerspectiveSlug { get; init; } = "self";

        public Perspective Perspective => Slug.Parse<Perspective>(PerspectiveSlug);
    }

    public sealed record Draft
    {
        public int SkillItemId { get; init; }
        public int? Score { get; init; }
        public string? Comment { get; init; }
    }

    /// <summary>A line of "My surveys": one sheet and how far it is.</summary>
    public sealed record SheetSummary
    {
        public int SheetId { get; init; }
        public int RoundId { get; init; }
        public string RoundName { get; init; } = "";
        public DateTime? ClosesAt { get; init; }
        public int ModelVersionId { get; init; }
        public string Form { get; init; } = "full";
        public string PerspectiveSlug { get; init; } = "self";
        public string? RateeName { get; init; }
        public string TeamName { get; init; } = "";
        public int Answered { get; init; }
        public int Total { get; init; }

        public Perspective Perspective => Slug.Parse<Perspective>(PerspectiveSlug);
    }

    public sealed record SheetView(SheetInfo Sheet, IReadOnlyList<SkillItemRow> Items, IReadOnlyDictionary<int, Draft> Answers);

    // A published version's items are one list for the life of the process (ModelItems), so the subset a
    // sheet asks and its pages are worked out once per list, not on every page shown and every save; a
    // draft's items are a new list on every read, and what was worked out for it goes with the list.
    private static readonly ConditionalWeakTable<IReadOnlyList<SkillItemRow>, ConcurrentDictionary<(Scope, bool), IReadOnlyList<SkillItemRow>>> Subsets = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<SkillItemRow>, IReadOnlyList<IReadOnlyList<SkillItemRow>>> PageLists = new();

    /// <summary>The items a sheet asks: team items for the team perspective, personal items otherwise; core items only on the core form.</summary>
    public static IReadOnlyList<SkillItemRow> ItemsFor(IReadOnlyList<SkillItemRow> all, Perspective perspective, string form)
    {
        var scope = perspective == Perspective.Team ? Scope.Team : Scope.Person;
        return Subsets.GetValue(all, _ => new()).GetOrAdd((scope, form == "core"), key =>
            all.Where(i => i.Scope == key.Item1 && (!key.Item2 || i.IsCore)).ToList());
    }

    /// <summary>The sheet's items in short pages by stage (<see cref="SurveyPages.Split{T}"/>).</summary>
    public static IReadOnlyList<IReadOnlyList<SkillItemRow>> PagesOf(IReadOnlyList<SkillItemRow> items) =>
        PageLists.GetValue(items, list => SurveyPages.Split(list, i => i.Stage));

    public async Task<IReadOnlyList<SkillItemRow>> ItemsForAsync(SheetInfo sheet, CancellationToken cancellationToken = default) =>
        ItemsFor(await model.ForVersionAsync(sheet.ModelVersionId, cancellationToken), sheet.Perspective, sheet.Form);

    public async Task<IReadOnlyList<SkillItemRow>> ItemsForAsync(SheetTarget sheet, CancellationToken cancellationToken = default) =>
        ItemsFor(await model.ForVersionAsync(sheet.ModelVersionId, cancellationToken), sheet.Perspective, sheet.Form);

    /// <summary>
    /// The rater's sheet in an open round as a post needs it (no names: two tables, not four); null when
    /// it is not theirs or the round is not open. The save itself checks the same again in its transaction.
    /// </summary>
    public Task<SheetTarget?> TargetAsync(int sheetId, int raterId, CancellationToken cancellationToken = default) =>
        db.ReadPreparedAsync(Sql.Target, [("@SheetId", sheetId), ("@RaterId", raterId)], rows => rows.FirstOrDefault<SheetTarget>(), cancellationToken);

    /// <summary>The rater's sheet with its items and answers so far; null when it is not theirs or the round is not open.</summary>
    public async Task<SheetView?> LoadAsync(int sheetId, int raterId, CancellationToken cancellationToken = default)
    {
        var (sheet, answers) = await db.ReadPreparedAsync(Sql.SheetWithAnswers, [("@SheetId", sheetId), ("@RaterId", raterId)], rows =>
        {
            var sheet = rows.FirstOrDefault<SheetInfo>();
            rows.NextResult();
            return (sheet, rows.ToList<Draft>().ToDictionary(a => a.SkillItemId));
        }, cancellationToken);
        return sheet is null ? null : new SheetView(sheet, await ItemsForAsync(sheet, cancellationToken), answers);
    }

    /// <summary>Every sheet the person still has in open rounds, with progress, in the order they are shown.</summary>
    public async Task<IReadOnlyList<SheetSummary>> MySheetsAsync(int personId, CancellationToken cancellationToken = default)
    {
        List<SheetSummary> rows;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<SheetSummary>(Sql.MySheets, new { PersonId = personId })).ToList();
        }
        var result = new List<SheetSummary>(rows.Count);
        foreach (var row in rows)
        {
            var items = ItemsFor(await model.ForVersionAsync(row.ModelVersionId, cancellationToken), row.Perspective, row.Form);
            result.Add(row with { Total = items.Count });
        }
        return result;
    }

    /// <summary>Whether the round has closed (or been archived) and the person had a sheet in it or was in one of its teams.</summary>
    public async Task<bool> WasInClosedRoundAsync(int roundId, int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.WasInClosedRound, new { RoundId = roundId, PersonId = personId }) > 0;
    }
}
