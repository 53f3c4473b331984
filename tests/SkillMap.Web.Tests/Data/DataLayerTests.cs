using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Features.Survey;
using SkillMap.Web.Features.Reports.Rollups;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Data;

/// <summary>
/// The data layer's promises, written once and run on every engine: SQLite always, SQL Server when
/// SKILLMAP_TEST_SQLSERVER holds a connection string (otherwise those tests are skipped, not passed).
/// </summary>
public abstract partial class DataLayerTests : IAsyncLifetime
{
    private Db? db;

    protected abstract Task<Db?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected abstract Db SecondConnectionTo(Db db);

    protected Db Database => db ?? throw Xunit.Sdk.SkipException.ForSkip(SkipReason);

    protected virtual string SkipReason => "";

    public async ValueTask InitializeAsync()
    {
        db = await CreateDatabaseAsync();
        if (db is not null)
        {
            await TestDb.Migrator(db).MigrateAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (db is not null)
        {
            await DropDatabaseAsync();
        }
        GC.SuppressFinalize(this);
    }

    private sealed record Setup(TestOrganisation Org, Dictionary<string, int> Items, int Team, int Aoi, int Ben, int Cho, int Dan, int Round);

    private async Task<Setup> SetupAsync()
    {
        var org = new TestOrganisation(Database);
        var model = await org.ModelAsync();
        var items = await org.ItemIdsAsync(model);
        var team = await org.TeamAsync("Team");
        var aoi = await org.PersonAsync("Aoi", team);
        var ben = await org.PersonAsync("Ben", team);
        var cho = await org.PersonAsync("Cho", team);
        var dan = await org.PersonAsync("Dan", team);
        var round = await org.RoundAsync(model, "open", team);
        return new Setup(org, items, team, aoi, ben, cho, dan, round);
    }

    private static RoundCloser Closer(Db db) => new(db, TimeProvider.System, [], NullLogger<RoundCloser>.Instance);

    private AnswerWriter Writer() => new(Database, NullLogger<AnswerWriter>.Instance);

    private static Dictionary<int, SheetAnswer> Scores(params (int Item, int? Score)[] answers) =>
        answers.ToDictionary(a => a.Item, a => new SheetAnswer(a.Score, null));

    [Fact]
    public async Task Saving_the_same_answers_twice_keeps_one_answer_per_item()
    {
        var s = await SetupAsync();
        var sheet = await s.Org.EmptySheetAsync(s.Round, "self", s.Aoi, s.Aoi, s.Team);
        await using var writer = Writer();
        var answers = Scores((s.Items["logic.a"], 4), (s.Items["logic.b"], null));

        var first = await writer.SaveAsync(new SaveRequest(sheet, s.Aoi, 0, answers, 5));
        var second = await writer.SaveAsync(new SaveRequest(sheet, s.Aoi, 0, answers, 5));

        Assert.Equal(new SaveResult(SaveOutcome.Saved, 1), first);
        Assert.Equal(SaveOutcome.AlreadySaved, second.Outcome);
        Assert.Equal(2, await s.Org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer"));
        Assert.Equal(1, await s.Org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer WHERE Score IS NULL"));
    }

    [Fact]
    public async Task A_stale_revision_cannot_overwrite_newer_answers()
    {
        var s = await SetupAsync();
        var sheet = await s.Org.EmptySheetAsync(s.Round, "self", s.Aoi, s.Aoi, s.Team);
        await using var writer = Writer();
        await writer.SaveAsync(new SaveRequest(sheet, s.Aoi, 0, Scores((s.Items["logic.a"], 4)), 5));

        var stale = await writer.SaveAsync(new SaveRequest(sheet, s.Aoi, 0, Scores((s.Items["logic.a"], 1)), 5));

        Assert.Equal(SaveOutcome.Stale, stale.Outcome);
        Assert.Equal(4, await s.Org.ScalarAsync<int>("SELECT Score FROM DraftAnswer"));
        Assert.Equal(1, await s.Org.ScalarAsync<int>("SELECT Revision FROM Sheet"));
    }

    [Fact]
    public async Task Answers_to_a_closed_round_or_to_another_raters_sheet_are_refused()
    {
        var s = await SetupAsync();
        var sheet = await s.Org.EmptySheetAsync(s.Round, "peer", s.Ben, s.Aoi, s.Team);
        await using var writer = Writer();

        var notTheirs = await writer.SaveAsync(new SaveRequest(sheet, s.Cho, 0, Scores((s.Items["logic.a"], 4)), 5));
        await Closer(Database).CloseAsync(s.Round);
        var late = await writer.SaveAsync(new SaveRequest(sheet, s.Ben, 0, Scores((s.Items["logic.a"], 4)), 5));

        Assert.Equal(SaveOutcome.NotOpen, notTheirs.Outcome);
        Assert.Equal(SaveOutcome.NotOpen, late.Outcome);
        Assert.Equal(0, await s.Org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer"));
        Assert.Equal(0, await s.Org.ScalarAsync<int>("SELECT COUNT(*) FROM Rating"));
    }

    [Fact]
    public async Task Concurrent_saves_are_all_stored_and_a_failing_one_leaves_nothing_and_harms_no_other()
    {
        var s = await SetupAsync();
        var org = s.Org;
        var raters = new List<int>();
        for (var i = 0; i < 24; i++)
        {
            raters.Add(await org.PersonAsync($"Rater {i}", s.Team));
        }
        var sheets = new List<(int Sheet, int Rater)>();
        foreach (var rater in raters)
        {
            sheets.Add((await org.EmptySheetAsync(s.Round, "self", rater, rater, s.Team), rater));
        }
        await using var writer = Writer();
        var page = new[] { "logic.a", "logic.b", "abstraction.a", "mindset.a", "conduct.a" };

        var saves = sheets.Select((x, i) =>
        {
            var answers = page.ToDictionary(key => s.Items[key], key => new SheetAnswer((i + key.Length) % 5 + 1, $"c{i}"));
            if (i == 7)
            {
                answers[999999] = new SheetAnswer(3, null);
            }
            return Task.Run(() => writer.SaveAsync(new SaveRequest(x.Sheet, x.Rater, 0, answers, 5)));
        }).ToList();
        var failed = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => saves[7]);

        Assert.NotNull(failed);
        Assert.All(saves.Where((_, i) => i != 7), t => Assert.Equal(new SaveResult(SaveOutcome.Saved, 1), t.Result));
        Assert.Equal(23 * page.Length, await org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer"));
        Assert.Equal(0, await org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer WHERE SheetId = @Sheet", new { sheets[7].Sheet }));
        Assert.Equal(0, await org.ScalarAsync<int>("SELECT Revision FROM Sheet WHERE Id = @Sheet", new { sheets[7].Sheet }));
        Assert.Equal(23, await org.ScalarAsync<int>("SELECT COUNT(*) FROM Sheet WHERE IsFinished = 1"));
    }

    [Fact]
    public async Task A_round_closes_exactly_once_when_two_instances_try()
    {
        var s = await SetupAsync();
        await s.Org.SheetAsync(s.Round, "self", s.Aoi, s.Aoi, s.Team, new Dictionary<int, int?> { [s.Items["logic.a"]] = 3 });

        var results = await Task.WhenAll(
            Task.Run(() => Closer(Database).CloseAsync(s.Round)),
            Task.Run(() => Closer(SecondConnectionTo(Database)).CloseAsync(s.Round)));

        Assert.Single(results, closed => closed);
        Assert.Equal(1, await s.Org.ScalarAsync<int>("SELECT COUNT(*) FROM Rating"));
        Assert.Equal("closed", await s.Org.ScalarAsync<string>("SELECT Status FROM Round WHERE Id = @Round", new { s.Round }));
    }

    [Fact]
    public async Task After_closing_no_peer_rating_or_comment_can_be_traced_to_its_rater()
    {
        var s = await SetupAsync();
        var item = s.Items["logic.a"];
        foreach (var (rater, score) in new[] { (s.Ben, 2), (s.Cho, 3), (s.Dan, 4) })
        {
            await s.Org.SheetAsync(s.Round, "peer", rater, s.Aoi, s.Team, new Dictionary<int, int?> { [item] = score, [s.Items["logic.b"]] = null });
        }
        await s.Org.ExecuteAsync("UPDATE DraftAnswer SET Comment = 'Great incident write-ups' WHERE Score = 4");
        await s.Org.SheetAsync(s.Round, "self", s.Aoi, s.Aoi, s.Team, new Dictionary<int, int?> { [item] = 5 });

        Assert.True(await Closer(Database).CloseAsync(s.Round));

        Assert.Equal(0, await s.Org.ScalarAsync<int>("SELECT COUNT(*) FROM Sheet"));
        Assert.Equal(0, await s.Org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer"));
        var peer = await s.Org.QueryAsync<(long? RaterId, long Token, long? Score)>(
            "SELECT RaterId, SheetToken, Score FROM Rating WHERE Perspective = 'peer' AND SkillItemId = @item", new { item });
        Assert.All(peer, r => Assert.Null(r.RaterId));
        Assert.Equal(3, peer.Select(r => r.Token).Distinct().Count());
        Assert.Equal([2L, 3L, 4L], peer.Select(r => r.Score!.Value).Order());
        Assert.Equal(s.Aoi, await s.Org.ScalarAsync<int>("SELECT RaterId FROM Rating WHERE Perspective = 'self'"));
        var comment = await s.Org.QueryAsync<(long? RaterId, string Body)>("SELECT RaterId, Body FROM RatingComment");
        Assert.Equal((null, "Great incident write-ups"), Assert.Single(comment));
    }

    [Fact]
    public async Task Closing_writes_rollups_that_count_distinct_peers_and_leave_out_not_observed()
    {
        var s = await SetupAsync();
        var input = s.Items["logic.a"];
        await s.Org.SheetAsync(s.Round, "peer", s.Ben, s.Aoi, s.Team, new Dictionary<int, int?> { [input] = 2 });
        await s.Org.SheetAsync(s.Round, "peer", s.Cho, s.Aoi, s.Team, new Dictionary<int, int?> { [input] = 4 });
        await s.Org.SheetAsync(s.Round, "peer", s.Dan, s.Aoi, s.Team, new Dictionary<int, int?> { [input] = null });
        await s.Org.SheetAsync(s.Round, "peer", s.Aoi, s.Ben, s.Team, new Dictionary<int, int?> { [input] = 5 });
        await s.Org.SheetAsync(s.Round, "peer", s.Cho, s.Ben, s.Team, new Dictionary<int, int?> { [input] = 5 });
        await s.Org.SheetAsync(s.Round, "peer", s.Dan, s.Ben, s.Team, new Dictionary<int, int?> { [input] = 3 });
        var rollups = new RollupBuilder(Database, TimeProvider.System, NullLogger<RollupBuilder>.Instance);
        await new RoundCloser(Database, TimeProvider.System, [new RollupStep(rollups)], NullLogger<RoundCloser>.Instance).CloseAsync(s.Round);

        var cells = await s.Org.QueryAsync<(long RateeId, long N2, long N4, long N5, long NotObserved, long Raters)>(
            "SELECT RateeId, N2, N4, N5, NotObserved, Raters FROM PeerCellRollup ORDER BY RateeId");
        Assert.Equal([(s.Aoi, 1L, 1L, 0L, 1L, 2L), (s.Ben, 0L, 0L, 2L, 0L, 3L)], cells.Select(c => ((int)c.RateeId, c.N2, c.N4, c.N5, c.NotObserved, c.Raters)));
        // Only Ben's cell (three raters) enters the team's totals; Aoi's two scores stay out.
        var stage = await s.Org.QueryAsync<(long N3, long N5, long Cells)>(
            "SELECT N3, N5, Cells FROM TeamSummaryRollup WHERE Perspective = 'peer' AND Dimension = 'stage' AND Value = 'input'");
        Assert.Equal((1L, 2L, 1L), Assert.Single(stage));
        Assert.Equal(3, await s.Org.ScalarAsync<int>("SELECT Threshold FROM RollupBuild WHERE RoundId = @Round", new { s.Round }));
    }
}

public sealed class SqliteDataLayerTests : DataLayerTests
{
    private readonly TempDirectory directory = new();

    protected override Task<Db?> CreateDatabaseAsync() => Task.FromResult<Db?>(TestDb.Sqlite(directory.File("data-layer.db")));

    protected override Task DropDatabaseAsync()
    {
        directory.Dispose();
        return Task.CompletedTask;
    }

    protected override Db SecondConnectionTo(Db db) => TestDb.Sqlite(db.SqlitePath!);

    [Fact]
    public async Task Deleted_drafts_are_overwritten_and_the_WAL_emptied_after_closing()
    {
        var org = new TestOrganisation(Database);
        var model = await org.ModelAsync();
        var team = await org.TeamAsync("Team");
        var person = await org.PersonAsync("Aoi", team);
        var round = await org.RoundAsync(model, "open", team);

        await new RoundCloser(Database, TimeProvider.System, [], NullLogger<RoundCloser>.Instance).CloseAsync(round);

        await using var connection = await Database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA secure_delete"));
        Assert.Equal(0, new FileInfo(Database.SqlitePath + "-wal").Length);
    }
}

public sealed class SqlServerDataLayerTests : DataLayerTests
{
    private const string Variable = "SKILLMAP_TEST_SQLSERVER";
    private string? databaseName;
    private string? master;

    protected override string SkipReason => $"{Variable} is not set: no SQL Server to run the data-layer tests against.";

    protected override async Task<Db?> CreateDatabaseAsync()
    {
        master = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(master))
        {
            return null;
        }
        databaseName = "skillmap_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new Microsoft.Data.SqlClient.SqlConnection(master))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync($"CREATE DATABASE [{databaseName}]");
        }
        return SecondConnectionTo(null!);
    }

    protected override Db SecondConnectionTo(Db db)
    {
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(master) { InitialCatalog = databaseName };
        return new Db(new DatabaseOptions { Engine = DatabaseEngine.SqlServer }, builder.ConnectionString, Path.GetTempPath());
    }

    protected override async Task DropDatabaseAsync()
    {
        Microsoft.Data.SqlClient.SqlConnection.ClearAllPools();
        await using var connection = new Microsoft.Data.SqlClient.SqlConnection(master);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"ALTER DATABASE [{databaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{databaseName}]");
    }
}
