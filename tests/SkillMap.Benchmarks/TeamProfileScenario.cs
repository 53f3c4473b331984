using Dapper;
using Microsoft.Data.Sqlite;
using SkillMap.Web.Features.Teams;

namespace SkillMap.Benchmarks;

/// <summary>The team page's header query (team, open round, own answers; Dapper mapping) against the same SQL read by a raw SqliteDataReader.</summary>
public static class TeamProfileScenario
{
    public static async Task RunAsync(BenchmarkDatabase database)
    {
        const int iterations = 2000;
        await using var probe = await database.Db.OpenAsync();
        var teamId = await probe.ExecuteScalarAsync<int>("SELECT MIN(Id) FROM Team");
        var personId = await probe.ExecuteScalarAsync<int>("SELECT MIN(PersonId) FROM TeamMembership WHERE TeamId = @teamId", new { teamId });
        var query = new TeamProfileQuery(database.Db);

        var app = await Timing.OfAsync("TeamProfileQuery.LoadAsync", iterations, _ => query.LoadAsync(teamId, personId));
        var raw = await Timing.OfAsync("same SQL, raw SqliteCommand", iterations, async _ =>
        {
            await using var connection = new SqliteConnection($"Data Source={database.Path}");
            await connection.OpenAsync();
            await ReadAllAsync(connection, TeamProfileQuery.Sql.Headers, ("@TeamId", teamId), ("@PersonId", personId));
        });
        Console.WriteLine(app);
        Console.WriteLine(raw);
        Console.WriteLine($"ratio p50 app/raw: {app.P50 / raw.P50:0.00}   (target ≤ 1.25)");
    }

    internal static async Task ReadAllAsync(SqliteConnection connection, string sql, params (string Name, int Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
        while (await reader.NextResultAsync());
    }
}
