using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Dapper;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Organisation.Teams;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Features.Synthetic;

/// <summary>
/// Fills an empty database with a synthetic organisation through the real schema: people, units
/// (departments of sections), teams, managers, rounds answered from every perspective (some "not observed", some sheets left unfinished)
/// and closed by the real <see cref="RoundCloser"/>, so the data looks like a few years of use.
/// Inserts go through reused commands in one transaction per round: seconds, not hours.
/// </summary>
public sealed partial class SyntheticSeeder(Db db, TimeProvider clock, RoundCloser closer, ILogger<SyntheticSeeder> logger)
{
    public sealed record Options(int People, int Rounds, int Seed, bool OpenRound);

    public sealed record Summary(int People, int Teams, int Rounds, long Sheets, long Answers);

    private sealed record ItemRef
    {
        public int Id { get; init; }
        public Scope Scope { get; init; }
        public Area Area { get; init; }
        public bool IsCore { get; init; }
    }

    public async Task<Summary> SeedAsync(Options options, CancellationToken cancellationToken = default)
    {
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<int>(Sql.CountPeople) > 0)
            {
                throw new InvalidOperationException("The database already holds people; seed-synthetic fills only an empty database.");
            }
        }
        var random = new Random(options.Seed);
        var organisation = SyntheticOrganisation.Draw(options.People, random);
        var now = clock.GetUtcNow().UtcDateTime;
        var started = Stopwatch.StartNew();
        var (modelVersionId, ids, teamIds) = await db.WriteAsync((c, t) => InsertOrganisationAsync(c, t, organisation, now.AddYears(-Math.Max(1, options.Rounds / 2 + 1))), cancellationToken);
        List<ItemRef> items;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            items = (await connection.QueryAsync<ItemRef>(Sql.Items, new { ModelVersionId = modelVersionId })).ToList();
        }
        logger.LogInformation("Organisation: {People} people in {Teams} teams and {Units} units ({Seconds:0.0} s)", organisation.People.Count, organisation.Teams.Count, organisation.Units.Count, started.Elapsed.TotalSeconds);

        long sheets = 0, answers = 0;
        for (var r = 0; r < options.Rounds; r++)
        {
            var step = Stopwatch.StartNew();
            // Twice a year, the last one closed a month ago; the mid-year round uses the short core form.
            var closesAt = now.AddDays(-30 - 182.5 * (options.Rounds - 1 - r));
            var round = new RoundPlan(closesAt, Form: r % 2 == 1 ? "core" : "full", Growth: 0.1 * r, Answered: true);
            var (roundId, roundSheets, roundAnswers) = await db.WriteAsync((c, t) =>
                new RoundWriter(c, t, db.Dialect, random, organisation, ids, teamIds, items).WriteAsync(modelVersionId, round), cancellationToken);
            var written = step.Elapsed;
            await closer.CloseAsync(roundId, cancellationToken);
            await using (var connection = await db.OpenAsync(cancellationToken))
            {
                await connection.ExecuteAsync(Sql.BackdateClose, new { RoundId = roundId, ClosedAt = closesAt });
            }
            sheets += roundSheets;
            answers += roundAnswers;
            logger.LogInformation("Round {Round}/{Rounds}: {Sheets} sheets, {Answers} answers written in {Written:0.0} s, closed in {Closed:0.0} s",
                r + 1, options.Rounds, roundSheets, roundAnswers, written.TotalSeconds, (step.Elapsed - written).TotalSeconds);
        }
        if (options.OpenRound)
        {
            var round = new RoundPlan(now.AddDays(14), Form: "full", Growth: 0.1 * options.Rounds, Answered: false);
            var (_, roundSheets, _) = await db.WriteAsync((c, t) =>
                new RoundWriter(c, t, db.Dialect, random, organisation, ids, teamIds, items).WriteAsync(modelVersionId, round), cancellationToken);
            sheets += roundSheets;
            logger.LogInformation("Open round: {Sheets} empty sheets", roundSheets);
        }
        logger.LogInformation("seed-synthetic finished in {Seconds:0.0} s", started.Elapsed.TotalSeconds);
        return new Summary(organisation.People.Count, organisation.Teams.Count, options.Rounds, sheets, answers);
    }

    private async Task<(int ModelVersionId, int[] PersonIds, int[] TeamIds)> InsertOrganisationAsync(
        DbConnection connection, DbTransaction transaction, SyntheticOrganisation organisation, DateTime since)
    {
        var document = ModelStore.LoadDefaultDocument();
        var (modelItems, problems) = ModelReader.Read(document);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The default skill model is invalid: {problems[0]}");
        }
        var modelVersionId = await ModelStore.InsertVersionAsync(connection, transaction, db.Dialect, document.Name, modelItems, "published", since);
        var personIds = new int[organisation.People.Count];
        foreach (var person in organisation.People)
        {
            var email = $"person{person.Index + 1}@synthetic.skillmap.example";
            personIds[person.Index] = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertPersonSqlite, Sql.InsertPerson), new
            {
                DisplayName = person.Name,
                NameReading = person.Reading,
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                person.Role,
                person.Language,
                IsRated = person.IsRated ? 1 : 0,
                Now = since,
            }, transaction);
        }
        var unitIds = new int[organisation.Units.Count];
        var sectionIds = new Dictionary<int, int>();
        foreach (var unit in organisation.Units)
        {
            unitIds[unit.Index] = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(UnitCommands.Sql.InsertUnitSqlite, UnitCommands.Sql.InsertUnit),
                new { unit.Name, ParentId = unit.Parent is { } parent ? unitIds[parent] : (int?)null, Now = since }, transaction);
            if (unit.Section is { } section)
            {
                sectionIds[section] = unitIds[unit.Index];
            }
        }
        var teamIds = new int[organisation.Teams.Count];
        foreach (var team in organisation.Teams)
        {
            teamIds[team.Index] = await connection.ExecuteScalarAsync<int>(db.Dialect.Pick(TeamCommands.Sql.InsertTeamSqlite, TeamCommands.Sql.InsertTeam),
                new { team.Name, UnitId = sectionIds[team.Section], Now = since }, transaction);
            await connection.ExecuteAsync(Sql.InsertManager, new { TeamId = teamIds[team.Index], PersonId = personIds[team.Manager] }, transaction);
            await connection.ExecuteAsync(Sql.InsertMembership,
                team.Members.Select(m => new { TeamId = teamIds[team.Index], PersonId = personIds[m], FromDate = since }), transaction);
        }
        return (modelVersionId, personIds, teamIds);
    }

    private sealed record RoundPlan(DateTime ClosesAt, string Form, double Growth, bool Answered);

    /// <summary>One round's sheets and answers, written through two reused commands.</summary>
    private sealed class RoundWriter(
        DbConnection connection, DbTransaction transaction, Dialect dialect, Random random,
        SyntheticOrganisation organisation, int[] personIds, int[] teamIds, IReadOnlyList<ItemRef> items)
    {
        private readonly Dictionary<(int Person, Area Area), double> areaOffset = [];
        private DbCommand? sheetCommand;
        private DbCommand? answerCommand;
        private long sheets;
        private long answers;

        public async Task<(int RoundId, long Sheets, long Answers)> WriteAsync(int modelVersionId, RoundPlan plan)
        {
            var half = plan.ClosesAt.Month <= 6 ? 1 : 2;
            var roundId = await connection.ExecuteScalarAsync<int>(dialect.Pick(Sql.InsertRoundSqlite, Sql.InsertRound), new
            {
                Name = $"{plan.ClosesAt.Year} H{half} · {plan.ClosesAt.Year}年{(half == 1 ? "上期" : "下期")}",
                ModelVersionId = modelVersionId,
                plan.Form,
                OpensAt = plan.ClosesAt.AddDays(-21),
                plan.ClosesAt,
            }, transaction);
            await connection.ExecuteAsync(Sql.InsertRoundTeam, teamIds.Select(t => new { RoundId = roundId, TeamId = t }), transaction);
            var personal = items.Where(i => i.Scope == Scope.Person && (plan.Form != "core" || i.IsCore)).ToList();
            var teamItems = items.Where(i => i.Scope == Scope.Team && (plan.Form != "core" || i.IsCore)).ToList();
            sheetCommand = Command(dialect.Pick(Sql.InsertSheetSqlite, Sql.InsertSheet), "@RoundId", "@Perspective", "@RaterId", "@RateeId", "@TeamId", "@Revision", "@IsFinished");
            answerCommand = Command(Sql.InsertAnswer, "@SheetId", "@SkillItemId", "@Score");
            try
            {
                foreach (var team in organisation.Teams)
                {
                    await TeamAsync(roundId, team, personal, teamItems, plan);
                }
            }
            finally
            {
                await sheetCommand.DisposeAsync();
                await answerCommand.DisposeAsync();
            }
            return (roundId, sheets, answers);
        }

        private async Task TeamAsync(int roundId, SyntheticOrganisation.Team team, List<ItemRef> personal, List<ItemRef> teamItems, RoundPlan plan)
        {
            var members = team.Members.ToList();
            var ratees = members.Where(m => organisation.People[m].IsRated).ToList();
            var teamId = teamIds[team.Index];
            var peersPerRatee = Math.Min(4, team.Members.Count - 1);
            foreach (var ratee in ratees)
            {
                var person = organisation.People[ratee];
                // Most people answer their self-assessment, managers nearly always; a few stop half-way.
                await SheetAsync(roundId, "self", ratee, ratee, teamId, personal, Coverage(plan, 0.93),
                    item => Score(Ability(person, item, plan.Growth) + person.SelfBias, 0.5));
                await SheetAsync(roundId, "manager", team.Manager, ratee, teamId, personal, Coverage(plan, 0.95),
                    item => random.NextDouble() < 0.05 ? null : Score(Ability(person, item, plan.Growth), 0.5));
                var position = members.IndexOf(ratee);
                for (var k = 1; k <= peersPerRatee; k++)
                {
                    var peer = team.Members[(position + k) % team.Members.Count];
                    await SheetAsync(roundId, "peer", peer, ratee, teamId, personal, Coverage(plan, 0.85),
                        item => random.NextDouble() < team.NotObservedRate ? null : Score(Ability(person, item, plan.Growth), 0.7));
                }
            }
            foreach (var member in team.Members)
            {
                await SheetAsync(roundId, "team", member, null, teamId, teamItems, Coverage(plan, 0.8),
                    item => random.NextDouble() < 0.05 ? null : Score(team.OutcomeBase + plan.Growth * 0.5 + (teamItems.IndexOf(item) % 3 - 1) * 0.3, 0.6));
            }
        }

        /// <summary>Share of the sheet's items answered: all, none, or (now and then) a sheet left half-way.</summary>
        private double Coverage(RoundPlan plan, double answerRate)
        {
            if (!plan.Answered)
            {
                return 0;
            }
            var draw = random.NextDouble();
            return draw < answerRate ? 1 : draw < answerRate + 0.04 ? 0.5 : 0;
        }

        private async Task SheetAsync(int roundId, string perspective, int rater, int? ratee, int teamId, List<ItemRef> sheetItems, double coverage, Func<ItemRef, int?> score)
        {
            var answered = (int)(sheetItems.Count * coverage);
            Bind(sheetCommand!, roundId, perspective, personIds[rater], ratee is { } r ? personIds[r] : null, teamId, answered > 0 ? 1 : 0, answered == sheetItems.Count && answered > 0 ? 1 : 0);
            var sheetId = Convert.ToInt32(await sheetCommand!.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            sheets++;
            for (var i = 0; i < answered; i++)
            {
                Bind(answerCommand!, sheetId, sheetItems[i].Id, score(sheetItems[i]));
                await answerCommand!.ExecuteNonQueryAsync();
            }
            answers += answered;
        }

        private double Ability(SyntheticOrganisation.Person person, ItemRef item, double growth)
        {
            if (!areaOffset.TryGetValue((person.Index, item.Area), out var offset))
            {
                offset = (random.NextDouble() - 0.5) * 1.2;
                areaOffset[(person.Index, item.Area)] = offset;
            }
            return person.Ability + offset + growth;
        }

        private int Score(double mean, double spread) =>
            Math.Clamp((int)Math.Round(mean + SyntheticOrganisation.Normal(random) * spread), Scale.Min, Scale.Max);

        private DbCommand Command(string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.DbType = name == "@Perspective" ? DbType.String : DbType.Int32;
                command.Parameters.Add(parameter);
            }
            return command;
        }

        private static void Bind(DbCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }
    }
}
