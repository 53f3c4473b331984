using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Survey;

/// <summary>Reads and writes sheets of an open round. Every write re-checks, inside its transaction, that the round is still open for this rater.</summary>
public sealed partial class SurveyQueries(Db db)
{
    public sealed record OpenRound
    {
        public int RoundId { get; init; }
        public string Name { get; init; } = "";
        public int ModelVersionId { get; init; }
        public string Form { get; init; } = "full";
        public DateTime? ClosesAt { get; init; }
        public int TeamId { get; init; }
    }

    public sealed record Draft
    {
        public int SkillItemId { get; init; }
        public int? Score { get; init; }
    }

    public sealed record SheetRow
    {
        public int Id { get; init; }
        public int Revision { get; init; }
    }

    public sealed record SheetView(OpenRound Round, int Revision, IReadOnlyDictionary<int, int?> Answers);

    /// <summary>The rater's sheet with its answers so far, or null when the round is not open for them.</summary>
    public async Task<SheetView?> LoadAsync(SheetKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.LoadSheet, Parameters(key));
        var round = await results.ReadSingleOrDefaultAsync<OpenRound>();
        var revision = await results.ReadSingleOrDefaultAsync<int?>();
        var answers = (await results.ReadAsync<Draft>()).ToDictionary(a => a.SkillItemId, a => a.Score);
        return round is null ? null : new SheetView(round, revision ?? 0, answers);
    }

    /// <summary>Whether the round exists, is no longer open, and the person was in one of its teams.</summary>
    public async Task<bool> WasInRoundAsync(int roundId, int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.WasInClosedRound, new { RoundId = roundId, PersonId = personId }) > 0;
    }

    /// <summary>
    /// Stores answers (null = "not observed") in one transaction. A post carrying an old revision is
    /// refused unless it repeats what is already stored, so a retry is harmless and a stale tab cannot
    /// overwrite newer answers.
    /// </summary>
    public Task<(SaveOutcome Outcome, int Revision)> SaveAsync(
        SheetKey key, int expectedRevision, IReadOnlyDictionary<int, int?> answers, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var p = Parameters(key);
            var round = await connection.QuerySingleOrDefaultAsync<OpenRound>(Sql.OpenRoundForRater, p, transaction);
            if (round is null)
            {
                return (SaveOutcome.NotOpen, expectedRevision);
            }
            await connection.ExecuteAsync(Sql.CreateSheetIfMissing, new { key.RoundId, key.RaterId, key.RateeId, round.TeamId, Perspective = Slug.Of(key.Perspective) }, transaction);
            var sheet = await connection.QuerySingleAsync<SheetRow>(Sql.FindSheet, p, transaction);
            if (sheet.Revision != expectedRevision)
            {
                var stored = (await connection.QueryAsync<Draft>(Sql.SheetAnswers, new { SheetId = sheet.Id }, transaction))
                    .ToDictionary(a => a.SkillItemId, a => a.Score);
                var same = answers.All(a => stored.TryGetValue(a.Key, out var score) && score == a.Value);
                return (same ? SaveOutcome.AlreadySaved : SaveOutcome.Stale, sheet.Revision);
            }
            var rows = answers.Select(a => new { SheetId = sheet.Id, SkillItemId = a.Key, Score = a.Value }).ToList();
            await connection.ExecuteAsync(Sql.UpdateAnswer, rows, transaction);
            await connection.ExecuteAsync(Sql.InsertAnswerIfMissing, rows, transaction);
            await connection.ExecuteAsync(Sql.NextRevision, new { SheetId = sheet.Id }, transaction);
            return (SaveOutcome.Saved, sheet.Revision + 1);
        }, cancellationToken);

    private static object Parameters(SheetKey key) => new
    {
        key.RoundId,
        key.RaterId,
        key.RateeId,
        Perspective = Slug.Of(key.Perspective),
        IsSelf = key.Perspective == Perspective.Self ? 1 : 0,
    };
}
