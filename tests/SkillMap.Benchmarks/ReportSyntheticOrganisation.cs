using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Benchmarks;

/// <summary>
/// A large organisation for the report benchmarks, written through the real schema: departments of two
/// sections of five teams (so the organisation view rolls units up too), teams of 4–9 with a manager
/// each, rounds answered by self, peers (up to four per ratee), the manager and the team, some "not
/// observed". To stay within minutes on a shared machine each round is written as the
/// closing pipeline leaves it (ratings with a random token per peer and team sheet, no drafts) and its
/// rollups are built by the same RollupBuilder the closing step runs. Used when the database given
/// with --db does not exist yet; the seed-synthetic verb (issue 6b) goes through RoundCloser itself.
/// </summary>
public static class ReportSyntheticOrganisation
{
    private sealed record Item
    {
        public int Id { get; init; }
        public string Scope { get; init; } = "";
        public string Area { get; init; } = "";
    }

    private sealed record Member(int Id, double Ability, double SelfBias, double[] AreaOffset);

    private const int TeamsPerSection = 5;
    private const int SectionsPerDepartment = 2;

    public static async Task GenerateAsync(Db db, int people, int rounds, int seed)
    {
        var random = new Random(seed);
        var now = DateTime.UtcNow;
        var (items, modelId) = await ModelAsync(db, now);
        var areas = items.Select(i => i.Area).Distinct().ToList();
        var teams = await PeopleAsync(db, people, random, areas.Count, now);
        Console.Error.WriteLine($"synthetic: {teams.Count} teams, {teams.Sum(t => t.Members.Count)} rated people");
        var rollups = new RollupBuilder(db, TimeProvider.System, NullLogger<RollupBuilder>.Instance);
        for (var r = 0; r < rounds; r++)
        {
            var started = DateTime.UtcNow;
            var closedAt = now.AddDays(-182 * (rounds - r));
            var roundId = await AnswerRoundAsync(db, random, modelId, items, areas, teams, r, closedAt);
            await db.WriteAsync(async (connection, transaction) =>
            {
                await rollups.BuildAsync(connection, transaction, roundId);
                return true;
            });
            Console.Error.WriteLine($"synthetic: round {r + 1}/{rounds} written with its rollups in {(DateTime.UtcNow - started).TotalSeconds:0} s");
        }
        await using (var connection = await db.OpenAsync())
        {
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        }
    }

    private static async Task<(List<Item>, int)> ModelAsync(Db db, DateTime now)
    {
        var document = ModelStore.LoadDefaultDocument();
        var (model, _) = ModelReader.Read(document);
        var id = await db.WriteAsync((c, t) => ModelStore.InsertVersionAsync(c, t, db.Dialect, document.Name, model, "published", now));
        await using var connection = await db.OpenAsync();
        var items = (await connection.QueryAsync<Item>("SELECT Id, Scope, Area FROM SkillItem WHERE ModelVersionId = @id ORDER BY Position", new { id })).ToList();
        return (items, id);
    }

    private sealed record Team(int Id, int ManagerId, List<Member> Members);

    private static async Task<List<Team>> PeopleAsync(Db db, int people, Random random, int areaCount, DateTime now)
    {
        await using var connection = (SqliteConnection)await db.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var person = Command(connection, transaction,
            "INSERT INTO Person (DisplayName, Role, Language, IsDemo, IsRated, CreatedAt) VALUES ($name, $role, $lang, 0, $rated, $now) RETURNING Id",
            "$name", "$role", "$lang", "$rated", "$now");
        var team = Command(connection, transaction, "INSERT INTO Team (Name, UnitId, CreatedAt) VALUES ($name, $unit, $now) RETURNING Id", "$name", "$unit", "$now");
        var unit = Command(connection, transaction, "INSERT INTO OrgUnit (Name, ParentId, CreatedAt) VALUES ($name, $parent, $now) RETURNING Id", "$name", "$parent", "$now");
        var membership = Command(connection, transaction, "INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES ($team, $person, $now)", "$team", "$person", "$now");
        var manager = Command(connection, transaction, "INSERT INTO TeamManager (TeamId, PersonId) VALUES ($team, $person)", "$team", "$person");
        var stamp = now.AddYears(-5).ToString("O");
        int Person(string name, string role, bool rated)
        {
            person.Parameters["$name"].Value = name;
            person.Parameters["$role"].Value = role;
            person.Parameters["$lang"].Value = random.Next(5) == 0 ? "en" : "ja";
            person.Parameters["$rated"].Value = rated ? 1 : 0;
            person.Parameters["$now"].Value = stamp;
            return Convert.ToInt32(person.ExecuteScalar());
        }
        int Unit(string name, int? parent)
        {
            unit.Parameters["$name"].Value = name;
            unit.Parameters["$parent"].Value = (object?)parent ?? DBNull.Value;
            unit.Parameters["$now"].Value = stamp;
            return Convert.ToInt32(unit.ExecuteScalar());
        }
        Person("Synthetic Admin", "admin", false);
        var department = 0;
        var section = 0;
        var teams = new List<Team>();
        var placed = 0;
        while (placed < people)
        {
            var size = Math.Min(random.Next(4, 10), people - placed);
            if (size < 4 && teams.Count > 0)
            {
                size = people - placed;
            }
            if (teams.Count % TeamsPerSection == 0)
            {
                if (teams.Count % (TeamsPerSection * SectionsPerDepartment) == 0)
                {
                    department = Unit($"Department {teams.Count / (TeamsPerSection * SectionsPerDepartment) + 1:000}", null);
                }
                section = Unit($"Section {teams.Count / TeamsPerSection + 1:0000}", department);
            }
            team.Parameters["$name"].Value = $"Team {teams.Count + 1:0000}";
            team.Parameters["$unit"].Value = section;
            team.Parameters["$now"].Value = stamp;
            var teamId = Convert.ToInt32(team.ExecuteScalar());
            var managerId = Person($"Manager {teams.Count + 1:0000}", "manager", false);
            manager.Parameters["$team"].Value = teamId;
            manager.Parameters["$person"].Value = managerId;
            manager.ExecuteNonQuery();
            var members = new List<Member>();
            for (var m = 0; m < size; m++)
            {
                var id = Person($"Person {placed + m + 1:00000}", "member", true);
                membership.Parameters["$team"].Value = teamId;
                membership.Parameters["$person"].Value = id;
                membership.Parameters["$now"].Value = stamp;
                membership.ExecuteNonQuery();
                members.Add(new Member(id, 3.1 + Normal(random) * 0.5, 0.2 + Normal(random) * 0.4,
                    Enumerable.Range(0, areaCount).Select(_ => Normal(random) * 0.4).ToArray()));
            }
            teams.Add(new Team(teamId, managerId, members));
            placed += size;
        }
        await transaction.CommitAsync();
        return teams;
    }

    private static async Task<int> AnswerRoundAsync(Db db, Random random, int modelId, List<Item> items, List<string> areas, List<Team> teams, int index, DateTime closesAt)
    {
        await using var connection = (SqliteConnection)await db.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var opens = closesAt.AddDays(-21).ToString("O");
        var round = Command(connection, transaction,
            "INSERT INTO Round (Name, ModelVersionId, Status, Form, PeerThreshold, OpensAt, ClosesAt, ClosedAt, ReleaseAfterDays, CreatedAt) VALUES ($name, $model, 'closed', 'full', 3, $opens, $closes, $closes, 14, $opens) RETURNING Id",
            "$name", "$model", "$opens", "$closes");
        round.Parameters["$name"].Value = $"Synthetic round {index + 1}";
        round.Parameters["$model"].Value = modelId;
        round.Parameters["$opens"].Value = opens;
        round.Parameters["$closes"].Value = closesAt.ToString("O");
        var roundId = Convert.ToInt32(round.ExecuteScalar());
        var roundTeam = Command(connection, transaction, "INSERT INTO RoundTeam (RoundId, TeamId) VALUES ($round, $team)", "$round", "$team");
        var rating = Command(connection, transaction,
            "INSERT INTO Rating (RoundId, SkillItemId, Perspective, TeamId, RateeId, RaterId, SheetToken, Score) VALUES ($round, $item, $p, $team, $ratee, $rater, $token, $score)",
            "$round", "$item", "$p", "$team", "$ratee", "$rater", "$token", "$score");
        var personal = items.Where(i => i.Scope == "person").ToList();
        var teamItems = items.Where(i => i.Scope == "team").ToList();
        var improvement = 0.06 * index;

        // As RoundCloser leaves them: self and manager under their rater; peer and team answers with a
        // random token per sheet and no rater.
        void Sheet(string perspective, int rater, int? ratee, int teamId, List<Item> sheetItems, Func<Item, int?> score)
        {
            var anonymous = perspective is "peer" or "team";
            rating.Parameters["$round"].Value = roundId;
            rating.Parameters["$p"].Value = perspective;
            rating.Parameters["$team"].Value = teamId;
            rating.Parameters["$ratee"].Value = (object?)ratee ?? DBNull.Value;
            rating.Parameters["$rater"].Value = anonymous ? DBNull.Value : rater;
            rating.Parameters["$token"].Value = anonymous ? random.NextInt64() : DBNull.Value;
            foreach (var item in sheetItems)
            {
                rating.Parameters["$item"].Value = item.Id;
                rating.Parameters["$score"].Value = (object?)score(item) ?? DBNull.Value;
                rating.ExecuteNonQuery();
            }
        }
        int Score(double mean, double spread) => Math.Clamp((int)Math.Round(mean + Normal(random) * spread), 1, 5);

        foreach (var team in teams)
        {
            roundTeam.Parameters["$round"].Value = roundId;
            roundTeam.Parameters["$team"].Value = team.Id;
            roundTeam.ExecuteNonQuery();
            var teamMood = 3.0 + Normal(random) * 0.5;
            for (var m = 0; m < team.Members.Count; m++)
            {
                var ratee = team.Members[m];
                double Ability(Item item) => ratee.Ability + ratee.AreaOffset[areas.IndexOf(item.Area)] + improvement;
                Sheet("self", ratee.Id, ratee.Id, team.Id, personal, item => Score(Ability(item) + ratee.SelfBias, 0.5));
                Sheet("manager", team.ManagerId, ratee.Id, team.Id, personal, item => random.NextDouble() < 0.05 ? null : Score(Ability(item), 0.5));
                for (var k = 1; k <= Math.Min(4, team.Members.Count - 1); k++)
                {
                    var peer = team.Members[(m + k) % team.Members.Count];
                    Sheet("peer", peer.Id, ratee.Id, team.Id, personal, item => random.NextDouble() < 0.1 ? null : Score(Ability(item), 0.7));
                }
                Sheet("team", ratee.Id, null, team.Id, teamItems, _ => random.NextDouble() < 0.05 ? null : Score(teamMood + improvement, 0.6));
            }
        }
        await transaction.CommitAsync();
        return roundId;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        command.Prepare();
        return command;
    }

    private static double Normal(Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
