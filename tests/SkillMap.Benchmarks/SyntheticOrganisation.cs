using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Features.Plans;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Benchmarks;

/// <summary>
/// An organisation of any size on a temporary SQLite file: teams of seven, the default model, one
/// closed round (self, manager and three peers per person on every personal item), and its plans
/// proposed by the real PlanProposer. Deterministic. Used until the seed-synthetic verb lands on main.
/// </summary>
public sealed class SyntheticOrganisation : IAsyncDisposable
{
    private readonly string directory;

    private SyntheticOrganisation(string directory, Db db, int roundId, int people)
    {
        this.directory = directory;
        Db = db;
        RoundId = roundId;
        People = people;
    }

    public Db Db { get; }

    public int RoundId { get; }

    public int People { get; }

    public string Path => Db.SqlitePath!;

    public static async Task<SyntheticOrganisation> CreateAsync(int people)
    {
        var directory = Directory.CreateTempSubdirectory("skillmap-synthetic-").FullName;
        var db = new Db(new DatabaseOptions { SqlitePath = System.IO.Path.Combine(directory, "synthetic.db") }, null, directory);
        await new Migrator(db, NullLogger<Migrator>.Instance).MigrateAsync();
        var document = ModelStore.LoadDefaultDocument();
        var (items, _) = ModelReader.Read(document);
        var now = DateTime.UtcNow;
        var modelId = await db.WriteAsync((c, t) => ModelStore.InsertVersionAsync(c, t, db.Dialect, document.Name, items, "published", now));

        await using var connection = new SqliteConnection($"Data Source={db.SqlitePath}");
        await connection.OpenAsync();
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");
        var itemIds = (await connection.QueryAsync<long>("SELECT Id FROM SkillItem WHERE ModelVersionId = @modelId AND Scope = 'person' ORDER BY Position", new { modelId })).ToList();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var roundId = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO Round (Name, ModelVersionId, Status, PeerThreshold, ClosedAt, CreatedAt, ReleaseAfterDays) VALUES ('2026 H2 · 2026年下期', @modelId, 'closed', 3, @now, @now, 0) RETURNING Id",
            new { modelId, now }, transaction);
        var random = new Random(20261125);
        var teamSize = 7;
        var personIds = new List<long>();
        long teamId = 0;
        long managerId = 0;
        var rating = connection.CreateCommand();
        rating.Transaction = transaction;
        rating.CommandText = "INSERT INTO Rating (RoundId, SkillItemId, Perspective, TeamId, RateeId, RaterId, SheetToken, Score) VALUES ($round, $item, $perspective, $team, $ratee, $rater, $token, $score)";
        var pRound = rating.Parameters.Add("$round", SqliteType.Integer);
        var pItem = rating.Parameters.Add("$item", SqliteType.Integer);
        var pPerspective = rating.Parameters.Add("$perspective", SqliteType.Text);
        var pTeam = rating.Parameters.Add("$team", SqliteType.Integer);
        var pRatee = rating.Parameters.Add("$ratee", SqliteType.Integer);
        var pRater = rating.Parameters.Add("$rater", SqliteType.Integer);
        var pToken = rating.Parameters.Add("$token", SqliteType.Integer);
        var pScore = rating.Parameters.Add("$score", SqliteType.Integer);
        pRound.Value = roundId;

        for (var i = 0; i < people; i++)
        {
            if (i % teamSize == 0)
            {
                teamId = await connection.ExecuteScalarAsync<long>("INSERT INTO Team (Name, CreatedAt) VALUES (@name, @now) RETURNING Id", new { name = $"運用チーム {i / teamSize + 1:00000}", now }, transaction);
                managerId = await connection.ExecuteScalarAsync<long>(
                    "INSERT INTO Person (DisplayName, Email, EmployeeNumber, Role, Language, CreatedAt) VALUES (@name, @email, @number, 'manager', 'ja', @now) RETURNING Id",
                    new { name = $"マネージャー {i / teamSize + 1}", email = $"manager{i / teamSize + 1}@synthetic.example", number = $"M{i / teamSize + 1:000000}", now }, transaction);
                await connection.ExecuteAsync("INSERT INTO TeamManager (TeamId, PersonId) VALUES (@teamId, @managerId)", new { teamId, managerId }, transaction);
                await connection.ExecuteAsync("INSERT INTO RoundTeam (RoundId, TeamId) VALUES (@roundId, @teamId)", new { roundId, teamId }, transaction);
            }
            var personId = await connection.ExecuteScalarAsync<long>(
                "INSERT INTO Person (DisplayName, Email, EmployeeNumber, Role, Language, CreatedAt) VALUES (@name, @email, @number, 'member', 'ja', @now) RETURNING Id",
                new { name = $"社員 {i + 1:00000}", email = $"person{i + 1}@synthetic.example", number = $"E{i + 1:000000}", now }, transaction);
            await connection.ExecuteAsync("INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES (@teamId, @personId, @now)", new { teamId, personId, now }, transaction);
            personIds.Add(personId);
            var ability = 2.2 + random.NextDouble() * 2.2;
            pTeam.Value = teamId;
            pRatee.Value = personId;
            var tokens = new[] { random.NextInt64(), random.NextInt64(), random.NextInt64() };
            foreach (var item in itemIds)
            {
                pItem.Value = item;
                var itemAbility = ability + (random.NextDouble() - 0.5) * 1.6;
                Rate("self", personId, null, itemAbility + 0.4);
                Rate("manager", managerId, null, itemAbility);
                foreach (var token in tokens)
                {
                    Rate("peer", null, token, itemAbility);
                }
            }
        }

        void Rate(string perspective, long? rater, long? token, double mean)
        {
            pPerspective.Value = perspective;
            pRater.Value = (object?)rater ?? DBNull.Value;
            pToken.Value = (object?)token ?? DBNull.Value;
            pScore.Value = random.NextDouble() < 0.08 ? DBNull.Value : Math.Clamp((int)Math.Round(mean + (random.NextDouble() - 0.5) * 1.5), 1, 5);
            rating.ExecuteNonQuery();
        }

        await transaction.CommitAsync();
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        await new PlanProposer(db, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new PlansOptions())).EnsureProposedAsync();
        return new SyntheticOrganisation(directory, db, (int)roundId, people);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
