using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Features.Survey;

namespace SkillMap.Benchmarks;

/// <summary>
/// Saving a page of answers (SurveyQueries.SaveAsync: check, upsert, revision) against a raw
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
        var survey = new SurveyQueries(database.Db);
        var revisions = people.ToDictionary(p => p, _ => 0);

        var app = await Timing.OfAsync("SurveyQueries.SaveAsync (8 answers)", iterations, async i =>
        {
            var person = people[i % people.Count];
            var answers = items.ToDictionary(item => item, item => (int?)((i + item) % 5 + 1));
            var (_, revision) = await survey.SaveAsync(SheetKey.Self(round, person), revisions[person], answers);
            revisions[person] = revision;
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
