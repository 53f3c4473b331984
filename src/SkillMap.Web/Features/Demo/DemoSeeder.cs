using System.Data.Common;
using Dapper;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Organisation.Teams;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Demo;

/// <summary>
/// Seeds the demo organisation into an empty database: the default model, a division of two sections
/// holding three teams, two rounds
/// answered and closed through the real closing pipeline, and one open round. Deterministic, so every
/// newcomer sees the same dashboards.
/// </summary>
public sealed partial class DemoSeeder(Db db, TimeProvider clock, RoundCloser closer, ILogger<DemoSeeder> logger)
{
    private const int Seed = 20191111;

    private sealed record ItemRef
    {
        public int Id { get; init; }
        public Scope Scope { get; init; }
        public Area Area { get; init; }
    }

    private sealed record SeededTeam(int Index, int TeamId, int ManagerId, IReadOnlyList<(int Id, DemoOrganisation.Person Person)> Members, DemoOrganisation.Team Source);

    private sealed record OpenSheet
    {
        public int Id { get; init; }
        public string Perspective { get; init; } = "";
        public int RaterId { get; init; }
        public int? RateeId { get; init; }
    }

    private sealed record PeopleCount
    {
        public int Demo { get; init; }
        public int Real { get; init; }
    }

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            var people = await connection.QuerySingleAsync<PeopleCount>(Sql.PeopleCounts);
            if (people.Real > 0)
            {
                throw new InvalidOperationException(
                    "Demo mode is on (Demo:Enabled=true) but the database holds people who are not demo people; " +
                    "turn demo mode off or point Database:SqlitePath at another file.");
            }
            if (people.Demo > 0)
            {
                return;
            }
        }

        var document = ModelStore.LoadDefaultDocument();
        var (items, problems) = ModelReader.Read(document);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The default skill model is invalid: {problems[0]}");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(Seed);
        var closedRounds = await db.WriteAsync(async (connection, transaction) =>
        {
            var modelVersionId = await ModelStore.InsertVersionAsync(connection, transaction, db.Dialect, document.Name, items, "published", now);
            var itemRefs = (await connection.QueryAsync<ItemRef>(Sql.Items, new { ModelVersionId = modelVersionId }, transaction)).ToList();
            var teams = await InsertTeamsAsync(connection, transaction, now);
            var seeding = new RoundSeeding(connection, transaction, db.Dialect, random, itemRefs, teams);
            var first = await seeding.AnsweredRoundAsync(modelVersionId, now.AddDays(-400), now.AddDays(-380), improvement: 0);
            var second = await seeding.AnsweredRoundAsync(modelVersionId, now.AddDays(-200), now.AddDays(-180), improvement: 0.25);
            await seeding.OpenRoundAsync(modelVersionId, now.AddDays(-7), now.AddDays(21), now);
            return new[] { (first, now.AddDays(-380)), (second, now.AddDays(-180)) };
        }, cancellationToken);

        foreach (var (roundId, closedAt) in closedRounds)
        {
            await closer.CloseAsync(roundId, cancellationToken);
            // The demo's history happened in the past: date the close at the round's deadline.
            await using var connection = await db.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(Sql.BackdateClose, new { RoundId = roundId, ClosedAt = closedAt });
        }
        logger.LogInformation("Seeded the demo organisation: {Teams} teams, {Rounds} rounds", DemoOrganisation.Teams.Length, 3);
    }

    private async Task<List<SeededTeam>> InsertTeamsAsync(DbConnection connection, DbTransaction transaction, DateTime now)
    {
        var teams = new List<SeededTeam>();
        var since = now.AddYears(-2);
        var units = new Dictionary<string, int>();
        foreach (var unit in DemoOrganisation.Units)
        {
            units[unit.Name] = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(UnitCommands.Sql.InsertUnitSqlite, UnitCommands.Sql.InsertUnit),
                new { unit.Name, ParentId = unit.Parent is { } parent ? units[parent] : (int?)null, Now = since }, transaction);
        }
        for (var index = 0; index < DemoOrganisation.Teams.Length; index++)
        {
            var team = DemoOrganisation.Teams[index];
            var teamId = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(TeamCommands.Sql.InsertTeamSqlite, TeamCommands.Sql.InsertTeam), new { team.Name, UnitId = units[team.Unit], Now = since }, transaction);
            var managerId = await InsertPersonAsync(connection, transaction, team.Manager, since);
            await connection.ExecuteAsync(Sql.InsertManager, new { TeamId = teamId, PersonId = managerId }, transaction);
            var members = new List<(int, DemoOrganisation.Person)>();
            foreach (var member in team.Members)
            {
                var personId = await InsertPersonAsync(connection, transaction, member, since);
                await connection.ExecuteAsync(Sql.InsertMembership, new { TeamId = teamId, PersonId = personId, FromDate = since }, transaction);
                members.Add((personId, member));
            }
            teams.Add(new SeededTeam(index, teamId, managerId, members, team));
        }
        return teams;
    }

    private Task<int> InsertPersonAsync(DbConnection connection, DbTransaction transaction, DemoOrganisation.Person person, DateTime since) =>
        connection.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertPersonSqlite, Sql.InsertPerson), new
        {
            DisplayName = person.Name,
            NameReading = person.Reading,
            person.Email,
            NormalizedEmail = person.Email.ToUpperInvariant(),
            person.Role,
            person.Language,
            Now = since,
        }, transaction);

    /// <summary>Answers for one round, drawn around each person's ability with the usual human noise.</summary>
    private sealed class RoundSeeding(
        DbConnection connection, DbTransaction transaction, Dialect dialect, Random random,
        IReadOnlyList<ItemRef> items, IReadOnlyList<SeededTeam> teams)
    {
        private readonly Dictionary<(int PersonId, Area Area), double> areaOffset = [];

        public async Task<int> AnsweredRoundAsync(int modelVersionId, DateTime opensAt, DateTime closesAt, double improvement)
        {
            var roundId = await InsertRoundAsync(modelVersionId, opensAt, closesAt);
            foreach (var team in teams)
            {
                await AnswerTeamAsync(roundId, team, improvement);
            }
            return roundId;
        }

        /// <summary>
        /// The open round, opened by the real opening code so it has every sheet: some peer and team
        /// answers already in, every self-assessment still to do.
        /// </summary>
        public async Task OpenRoundAsync(int modelVersionId, DateTime opensAt, DateTime closesAt, DateTime now)
        {
            var roundId = await InsertRoundAsync(modelVersionId, opensAt, closesAt, "draft");
            var opened = await RoundOpener.OpenAsync(connection, transaction, roundId, now, random);
            if (!opened.Opened)
            {
                throw new InvalidOperationException($"The demo's open round cannot open: {opened.Refusal}.");
            }
            var sheets = (await connection.QueryAsync<OpenSheet>(Sql.OpenSheets, new { RoundId = roundId }, transaction)).ToList();
            var personal = items.Where(i => i.Scope == Scope.Person).ToList();
            var teamItems = items.Where(i => i.Scope == Scope.Team).ToList();
            foreach (var team in teams)
            {
                for (var m = 0; m < team.Members.Count; m++)
                {
                    var (rateeId, ratee) = team.Members[m];
                    if (sheets.FirstOrDefault(s => s.Perspective == "peer" && s.RateeId == rateeId) is { } peer)
                    {
                        await AnswerAsync(peer.Id, personal,
                            item => random.NextDouble() < team.Source.NotObservedRate ? null : Score(Ability(rateeId, ratee, item, 0.4), 0.7));
                    }
                    if (m % 2 == 1 && sheets.FirstOrDefault(s => s.Perspective == "team" && s.RaterId == rateeId) is { } own)
                    {
                        await AnswerAsync(own.Id, teamItems,
                            item => random.NextDouble() < 0.05 ? null : Score(DemoOrganisation.TeamOutcomeBase(team.Index, teamItems.IndexOf(item)) + 0.4, 0.6));
                    }
                }
            }
        }

        private async Task AnswerAsync(int sheetId, IReadOnlyList<ItemRef> sheetItems, Func<ItemRef, int?> score)
        {
            await connection.ExecuteAsync(Sql.InsertAnswer, sheetItems.Select(i => new { SheetId = sheetId, SkillItemId = i.Id, Score = score(i) }), transaction);
            await connection.ExecuteAsync(Sql.MarkAnswered, new { SheetId = sheetId }, transaction);
        }

        private async Task<int> InsertRoundAsync(int modelVersionId, DateTime opensAt, DateTime closesAt, string status = "open")
        {
            var half = closesAt.Month <= 6 ? 1 : 2;
            var name = $"{closesAt.Year} H{half} · {closesAt.Year}年{(half == 1 ? "上期" : "下期")}";
            var roundId = await connection.ExecuteScalarAsync<int>(dialect.Pick(Sql.InsertRoundSqlite, Sql.InsertRound),
                new { Name = name, ModelVersionId = modelVersionId, Status = status, OpensAt = opensAt, ClosesAt = closesAt, Now = opensAt }, transaction);
            await connection.ExecuteAsync(Sql.InsertRoundTeam, teams.Select(t => new { RoundId = roundId, t.TeamId }), transaction);
            return roundId;
        }

        private async Task AnswerTeamAsync(int roundId, SeededTeam team, double improvement)
        {
            var personal = items.Where(i => i.Scope == Scope.Person).ToList();
            var teamItems = items.Where(i => i.Scope == Scope.Team).ToList();
            var members = team.Members;
            for (var m = 0; m < members.Count; m++)
            {
                var (rateeId, ratee) = members[m];
                await SheetAsync(roundId, "self", rateeId, rateeId, team.TeamId, personal,
                    item => Score(Ability(rateeId, ratee, item, improvement) + ratee.SelfBias, 0.5));
                await SheetAsync(roundId, "manager", team.ManagerId, rateeId, team.TeamId, personal,
                    item => random.NextDouble() < 0.05 ? null : Score(Ability(rateeId, ratee, item, improvement), 0.5));
                var peers = Enumerable.Range(1, team.Source.PeersPerRater).Select(k => members[(m + k) % members.Count]).ToList();
                for (var p = 0; p < peers.Count; p++)
                {
                    await SheetAsync(roundId, "peer", peers[p].Id, rateeId, team.TeamId, personal,
                        item => random.NextDouble() < team.Source.NotObservedRate ? null : Score(Ability(rateeId, ratee, item, improvement), 0.7));
                }
                await SheetAsync(roundId, "team", rateeId, null, team.TeamId, teamItems,
                    item => random.NextDouble() < 0.05 ? null : Score(DemoOrganisation.TeamOutcomeBase(team.Index, teamItems.IndexOf(item)) + improvement, 0.6));
            }
        }

        private async Task SheetAsync(
            int roundId, string perspective, int raterId, int? rateeId, int teamId, IReadOnlyList<ItemRef> sheetItems, Func<ItemRef, int?> score)
        {
            var sheetId = await connection.ExecuteScalarAsync<int>(dialect.Pick(Sql.InsertSheetSqlite, Sql.InsertSheet), new
            {
                RoundId = roundId,
                Perspective = perspective,
                RaterId = raterId,
                RateeId = rateeId,
                TeamId = teamId,
                Revision = 1,
                IsFinished = true,
            }, transaction);
            await connection.ExecuteAsync(Sql.InsertAnswer, sheetItems.Select(i => new { SheetId = sheetId, SkillItemId = i.Id, Score = score(i) }), transaction);
        }

        private double Ability(int personId, DemoOrganisation.Person person, ItemRef item, double improvement)
        {
            if (!areaOffset.TryGetValue((personId, item.Area), out var offset))
            {
                offset = (random.NextDouble() - 0.5) * 1.2;
                areaOffset[(personId, item.Area)] = offset;
            }
            return person.Ability + offset + improvement;
        }

        private int Score(double mean, double spread)
        {
            // Box–Muller: a normal draw around the mean.
            var u = 1 - random.NextDouble();
            var v = random.NextDouble();
            var normal = Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
            return Math.Clamp((int)Math.Round(mean + normal * spread), Scale.Min, Scale.Max);
        }
    }
}
