using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Web.Features.Reports.Organisation;
using SkillMap.Web.Features.Reports.People;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Features.Reports.Team;

namespace SkillMap.Benchmarks;

/// <summary>
/// The report pages as a person waits for them (server time through the in-memory test server) and
/// each of their queries against the same SQL run by a raw SqliteCommand loop on the same file.
/// Targets (issue 7): team dashboard p95 ≤ 10 ms, a team's trend over 8 rounds ≤ 20 ms, the
/// organisation view of one round ≤ 100 ms, each query ≤ 1.25 × raw.
/// </summary>
public static partial class ReportScenarios
{
    private sealed record Target
    {
        public int TeamId { get; init; }
        public int ManagerId { get; init; }
        public int PersonId { get; init; }
    }

    public static async Task RunAsync(BenchmarkDatabase database)
    {
        await using var probe = await database.Db.OpenAsync();
        var admin = await probe.ExecuteScalarAsync<int>("SELECT MIN(Id) FROM Person WHERE Role = 'admin'");
        var latest = await probe.ExecuteScalarAsync<int>("SELECT Id FROM Round WHERE Status IN ('closed', 'archived') ORDER BY ClosedAt DESC, Id DESC LIMIT 1");
        var departments = (await probe.QueryAsync<int>("SELECT Id FROM OrgUnit WHERE ParentId IS NULL ORDER BY Id")).ToList();
        var all = (await probe.QueryAsync<Target>("""
            SELECT rt.TeamId AS TeamId, MIN(tm.PersonId) AS ManagerId, MIN(m.PersonId) AS PersonId
            FROM RoundTeam rt
            JOIN TeamManager tm ON tm.TeamId = rt.TeamId
            JOIN TeamMembership m ON m.TeamId = rt.TeamId AND m.ToDate IS NULL
            WHERE rt.RoundId = @latest
            GROUP BY rt.TeamId
            ORDER BY rt.TeamId
            """, new { latest })).ToList();
        var targets = all.Where((_, i) => i % Math.Max(1, all.Count / 60) == 0).ToList();
        Console.WriteLine($"{all.Count} teams in the latest round; {targets.Count} sampled; admin {admin}");

        var rollups = new RollupBuilder(database.Db, TimeProvider.System, NullLogger<RollupBuilder>.Instance);
        var dashboard = new TeamDashboardQuery(database.Db, rollups);
        var trend = new TeamTrendQuery(database.Db, rollups, new SkillMap.Web.Features.SkillModel.ModelItems(database.Db));
        var organisation = new OrganisationQuery(database.Db, rollups);
        var person = new PersonReportQuery(database.Db, rollups);
        var rounds = new Dictionary<int, IReadOnlyList<ClosedRound>>();
        foreach (var target in targets)
        {
            rounds[target.TeamId] = await dashboard.RoundsAsync(target.TeamId);
        }
        await rollups.EnsureAsync(rounds.Values.SelectMany(r => r).DistinctBy(r => r.RoundId));
        Console.WriteLine($"closed rounds per sampled team: {rounds.Values.Min(r => r.Count)}–{rounds.Values.Max(r => r.Count)}");

        await using var host = new BenchmarkHost(database.Path);
        var admins = host.ClientFor(admin, "admin");
        var managers = targets.ToDictionary(t => t.TeamId, t => host.ClientFor(t.ManagerId, "manager"));
        await GetAsync(admins, "/healthz");

        Task Dashboard(int i) => targets[i % targets.Count] is var t ? GetAsync(managers[t.TeamId], $"/teams/{t.TeamId}") : Task.CompletedTask;
        Task Trend(int i) => targets[i % targets.Count] is var t ? GetAsync(managers[t.TeamId], $"/teams/{t.TeamId}/trend") : Task.CompletedTask;
        Task Organisation(int i) => GetAsync(admins, $"/reports/organisation?round={latest}&page={i % 5 + 1}");
        // A database written before units existed has none: the unit view is then timed on the whole organisation.
        Task Unit(int i) => GetAsync(admins, $"/reports/organisation?round={latest}{(departments.Count == 0 ? "" : $"&unit={departments[i % departments.Count]}")}");
        Task Person(int i) => targets[i % targets.Count] is var t ? GetAsync(managers[t.TeamId], $"/reports/people/{t.PersonId}") : Task.CompletedTask;

        // A server that has been answering for a while: every page's code is past the JIT's first tier
        // before any page is timed, so the first page timed does not pay for the compiler alone.
        for (var i = 0; i < 100; i++)
        {
            await Dashboard(i);
            await Trend(i);
            await Person(i);
            if (i % 4 == 0)
            {
                await Organisation(i);
                await Unit(i);
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(2));

        Console.WriteLine();
        Console.WriteLine("Server time per page (in-process test server, HTML included)");
        var pageDashboard = await Timing.OfAsync("GET /teams/{id} (manager)", 600, Dashboard);
        var pageTrend = await Timing.OfAsync("GET /teams/{id}/trend (8 rounds)", 400, Trend);
        var pageOrganisation = await Timing.OfAsync("GET /reports/organisation (one round)", 200, Organisation);
        var pageUnit = await Timing.OfAsync("GET /reports/organisation?unit= (one round, one unit)", 200, Unit);
        var pagePerson = await Timing.OfAsync("GET /reports/people/{id} (manager)", 400, Person);
        Console.WriteLine($"load average now: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a")}");
        Console.WriteLine($"units: {departments.Count} departments");
        foreach (var (timing, target) in new[] { (pageDashboard, 10.0), (pageTrend, 20.0), (pageOrganisation, 100.0), (pageUnit, 100.0), (pagePerson, double.NaN) })
        {
            Console.WriteLine($"{timing}   {(double.IsNaN(target) ? "" : $"target p95 ≤ {target} ms: {(timing.P95 <= target ? "met" : "MISSED")}")}");
        }

        Console.WriteLine();
        Console.WriteLine("Each query: Dapper and mapping against the same SQL through a raw SqliteCommand loop");
        await CompareAsync(database, "team dashboard (rounds + data)", 1000, targets.Count,
            async i =>
            {
                var t = targets[i];
                var r = rounds[t.TeamId];
                var list = await dashboard.RoundsAsync(t.TeamId);
                await dashboard.LoadAsync(t.TeamId, r[0], r.Count > 1 ? r[1] : null, perPerson: true, "2000-01", "2999-12");
            },
            async (connection, i) =>
            {
                var t = targets[i];
                var r = rounds[t.TeamId];
                await ReadAllAsync(connection, TeamDashboardQuery.Sql.Rounds, ("TeamId", t.TeamId));
                await ReadAllAsync(connection, TeamDashboardQuery.Sql.Data,
                    ("TeamId", t.TeamId), ("RoundId", r[0].RoundId), ("Rounds", r.Take(2).Select(x => x.RoundId).ToArray()),
                    ("PerPerson", 1), ("FromMonth", "2000-01"), ("ToMonth", "2999-12"));
            });
        await CompareAsync(database, "team trend cells (8 rounds)", 600, targets.Count,
            i => trend.CellsAsync(targets[i].TeamId, rounds[targets[i].TeamId].Take(TeamTrendQuery.MaxRounds).ToList()),
            (connection, i) => ReadAllAsync(connection, TeamTrendQuery.Sql.Cells,
                ("TeamId", targets[i].TeamId), ("Rounds", rounds[targets[i].TeamId].Take(TeamTrendQuery.MaxRounds).Select(r => r.RoundId).ToArray())));
        var latestRound = (await organisation.RoundsAsync()).First();
        var firstPage = (await organisation.TeamsAsync(latestRound)).Teams.Take(SkillMap.Web.Features.Reports.Organisation.OrganisationView.PageSize).Select(t => t.TeamId).ToArray();
        await CompareAsync(database, "organisation (rounds, teams and units, a page + the whole + every unit)", 200, 1,
            async _ =>
            {
                await organisation.RoundsAsync();
                await organisation.TeamsAsync(latestRound);
                await organisation.LoadAsync(latestRound, firstPage);
            },
            async (connection, _) =>
            {
                await ReadAllAsync(connection, OrganisationQuery.Sql.Rounds);
                await ReadAllAsync(connection, OrganisationQuery.Sql.Teams, ("RoundId", latestRound.RoundId));
                await ReadAllAsync(connection, OrganisationQuery.Sql.Data, ("RoundId", latestRound.RoundId), ("Teams", firstPage));
            });
        // A sampled person may have no report rounds (e.g. joined after the last round), so the
        // comparison takes the people who have one.
        var personRounds = new Dictionary<int, PersonReportQuery.PersonRound>();
        foreach (var t in targets)
        {
            var (_, list) = await person.RoundsAsync(t.PersonId, t.ManagerId);
            if (list.Count > 0)
            {
                personRounds[t.PersonId] = list[0];
            }
        }
        var reported = targets.Where(t => personRounds.ContainsKey(t.PersonId)).ToList();
        Console.WriteLine($"personal report: {reported.Count} of {targets.Count} sampled people have a report round");
        await CompareAsync(database, "personal report (rounds + data)", 600, reported.Count,
            async i =>
            {
                var t = reported[i];
                var (_, list) = await person.RoundsAsync(t.PersonId, t.ManagerId);
                await person.LoadAsync(t.PersonId, list[0], list.Take(8).Reverse().ToList());
            },
            async (connection, i) =>
            {
                var t = reported[i];
                var r = personRounds[t.PersonId];
                await ReadAllAsync(connection, PersonReportQuery.Sql.Rounds, ("PersonId", t.PersonId), ("ViewerId", t.ManagerId));
                await ReadAllAsync(connection, PersonReportQuery.Sql.Data, ("PersonId", t.PersonId), ("RoundId", r.RoundId), ("ModelVersionId", r.ModelVersionId),
                    ("TrendRounds", rounds[t.TeamId].Take(8).Select(x => x.RoundId).ToArray()));
            });
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        }
        await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task CompareAsync(BenchmarkDatabase database, string name, int iterations, int variants, Func<int, Task> app, Func<SqliteConnection, int, Task> raw)
    {
        var (appTiming, rawTiming) = await Timing.OfPairAsync($"{name}: SkillMap", $"{name}: raw", iterations, i => app(i % variants), async i =>
        {
            await using var connection = new SqliteConnection($"Data Source={database.Path}");
            await connection.OpenAsync();
            await using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
                await pragma.ExecuteNonQueryAsync();
            }
            await raw(connection, i % variants);
        });
        Console.WriteLine(appTiming);
        Console.WriteLine(rawTiming);
        var ratio = appTiming.P50 / rawTiming.P50;
        Console.WriteLine($"ratio p50 app/raw: {ratio:0.00}   (target ≤ 1.25: {(ratio <= 1.25 ? "met" : "MISSED")})");
    }

    /// <summary>Runs the statement as written; a list parameter (Dapper's IN @x) is spelled out as IN (@x0, @x1, …).</summary>
    private static async Task ReadAllAsync(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        foreach (var (name, value) in parameters)
        {
            if (value is int[] list)
            {
                sql = Regex.Replace(sql, $@"IN @{name}\b", $"IN ({string.Join(", ", list.Select((_, i) => $"@{name}{i}"))})");
                for (var i = 0; i < list.Length; i++)
                {
                    command.Parameters.AddWithValue($"@{name}{i}", list[i]);
                }
            }
            else
            {
                command.Parameters.AddWithValue("@" + name, value);
            }
        }
        command.CommandText = sql;
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
