using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Features.Survey;

namespace SkillMap.Benchmarks;

/// <summary>
/// Saving a page of answers (AnswerWriter.SaveAsync: guarded revision, upserts, finished flag) against a raw
/// Microsoft.Data.Sqlite transaction writing the same rows with the same durability settings.
/// </summary>
public static class SaveSheetScenario
{
    public static async Task RunAsync(BenchmarkDatabase database)
    {
        const int iterations = 400;
        await using var probe = await database.Db.OpenAsync();
        var round = await probe.ExecuteScalarAsync<int>("SELECT MAX(Id) FROM Round WHERE Status = 'open'");
        var model = await probe.ExecuteScalarAsync<int>("SELECT ModelVersionId FROM Round WHERE Id = @round", new { round });
        var people = (await probe.QueryAsync<int>("SELECT PersonId FROM TeamMembership WHERE ToDate IS NULL ORDER BY PersonId")).ToList();
        var items = (await probe.QueryAsync<int>("SELECT Id FROM SkillItem WHERE ModelVersionId = @model AND Scope = 'person' ORDER BY Position", new { model })).Take(8).ToList();
        var sheets = (await probe.QueryAsync<(long Id, long Rater)>("SELECT Id, RaterId FROM Sheet WHERE RoundId = @round AND Perspective = 'self' ORDER BY Id", new { round })).ToList();
        await using var writer = new AnswerWriter(database.Db, Microsoft.Extensions.Logging.Abstractions.NullLogger<AnswerWriter>.Instance);
        var revisions = sheets.ToDictionary(s => s.Id, _ => 0);

        var app = await Timing.OfAsync("AnswerWriter.SaveAsync (8 answers)", iterations, async i =>
        {
            var (sheet, rater) = sheets[i % sheets.Count];
            var answers = items.ToDictionary(item => item, item => new SheetAnswer((i + item) % 5 + 1, null));
            var result = await writer.SaveAsync(new SaveRequest((int)sheet, (int)rater, revisions[sheet], answers, 45));
            revisions[sheet] = result.Revision;
        });

        await probe.ExecuteAsync("CREATE TABLE IF NOT EXISTS RawAnswer (SheetId INTEGER NOT NULL, SkillItemId INTEGER NOT NULL, Score INTEGER NULL, PRIMARY KEY (SheetId, SkillItemId))");
        var raw = await Timing.OfAsync("raw transaction, same durability", iterations, async i =>
        {
            await using var connection = new SqliteConnection($"Data Source={database.Path}");
            await connection.OpenAsync();
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL;";
                await pragma.ExecuteNonQueryAsync();
            }
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO RawAnswer (SheetId, SkillItemId, Score) VALUES ($sheet, $item, $score) ON CONFLICT (SheetId, SkillItemId) DO UPDATE SET Score = excluded.Score";
            var sheet = command.Parameters.Add("$sheet", SqliteType.Integer);
            var item = command.Parameters.Add("$item", SqliteType.Integer);
            var score = command.Parameters.Add("$score", SqliteType.Integer);
            foreach (var id in items)
            {
                sheet.Value = i % people.Count;
                item.Value = id;
                score.Value = (i + id) % 5 + 1;
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        });
        Console.WriteLine(app);
        Console.WriteLine(raw);
        Console.WriteLine($"ratio p50 raw/app (share of the raw rate): {raw.P50 / app.P50:0.00}");
    }
}
