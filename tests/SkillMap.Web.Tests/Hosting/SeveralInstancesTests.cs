using System.Net;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Hosting;

/// <summary>
/// Two SkillMap instances on one database, as behind a load balancer: migrations under a lock, a
/// sign-in and a form token from one accepted by the other (data-protection keys in the database),
/// and a round closed once when both try. SQLite always; SQL Server when SKILLMAP_TEST_SQLSERVER is set.
/// </summary>
public abstract class SeveralInstancesTests : IAsyncLifetime
{
    private readonly List<SkillMapFactory> instances = [];

    /// <summary>The database settings both instances share; null when the engine is not available.</summary>
    protected abstract Task<Dictionary<string, string?>?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected virtual string SkipReason => "";

    private Dictionary<string, string?>? shared;

    public async ValueTask InitializeAsync() => shared = await CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
        if (shared is not null)
        {
            await DropDatabaseAsync();
        }
        GC.SuppressFinalize(this);
    }

    private SkillMapFactory Instance(bool demo)
    {
        if (shared is null)
        {
            Assert.Skip(SkipReason);
        }
        var settings = new Dictionary<string, string?>(shared) { ["Demo:Enabled"] = demo ? "true" : "false" };
        var instance = new SkillMapFactory(settings);
        instances.Add(instance);
        return instance;
    }

    private static HttpClient Client(SkillMapFactory instance, CookieContainer cookies) =>
        instance.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));

    [Fact]
    public async Task Two_instances_starting_together_apply_each_migration_once()
    {
        var first = Instance(demo: false);
        var second = Instance(demo: false);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        var scripts = first.Service<Migrator>().Scripts.Count;
        await using var connection = await first.Service<Db>().OpenAsync();
        Assert.Equal(scripts, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM SchemaVersions"));
        Assert.Equal("ready\n", await first.CreateClient().GetStringAsync("/readyz"));
        Assert.Equal("ready\n", await second.CreateClient().GetStringAsync("/readyz"));
    }

    /// <summary>
    /// The sign-in cookie alone is Data/DataProtectionTests' promise (on SQLite); this one is the form a
    /// load balancer sends to another instance than the one that served it, on both engines.
    /// </summary>
    [Fact]
    public async Task A_form_served_by_one_instance_is_accepted_by_the_other()
    {
        var first = Instance(demo: true);
        _ = first.Server;
        var second = Instance(demo: true);
        var cookies = new CookieContainer();
        var one = Client(first, cookies);
        var other = Client(second, cookies);
        await one.SignInAsAsync("佐藤 美咲");

        var url = await SelfSheet.UrlAsync(second.Service<Db>(), "佐藤 美咲");
        var form = (await one.GetPageAsync(url)).Form("#rating-form");
        var saved = await other.SubmitAsync(form, url, set: SelfSheet.AllAt(form, "3"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith(url + "?page=", saved.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_round_closes_once_when_both_instances_try()
    {
        var first = Instance(demo: true);
        _ = first.Server;
        var second = Instance(demo: true);
        _ = second.Server;
        var db = first.Service<Db>();
        var roundId = await new TestOrganisation(db).ScalarAsync<int>("SELECT Id FROM Round WHERE Status = 'open'");
        var answers = await new TestOrganisation(db).ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId WHERE s.RoundId = @roundId", new { roundId });
        var ratingsBefore = await new TestOrganisation(db).ScalarAsync<int>("SELECT COUNT(*) FROM Rating");

        static async Task<bool> CloseAsync(SkillMapFactory instance, int roundId)
        {
            using var scope = instance.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<RoundCloser>().CloseAsync(roundId);
        }
        var results = await Task.WhenAll(Task.Run(() => CloseAsync(first, roundId)), Task.Run(() => CloseAsync(second, roundId)));

        Assert.Single(results, closed => closed);
        var org = new TestOrganisation(second.Service<Db>());
        Assert.Equal("closed", await org.ScalarAsync<string>("SELECT Status FROM Round WHERE Id = @roundId", new { roundId }));
        Assert.True(answers > 0);
        Assert.Equal(ratingsBefore + answers, await org.ScalarAsync<int>("SELECT COUNT(*) FROM Rating"));
        Assert.Equal(1, await org.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.closed' AND TargetId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task The_schedulers_of_both_instances_close_a_round_past_its_deadline_once()
    {
        var first = Instance(demo: true);
        _ = first.Server;
        var second = Instance(demo: true);
        _ = second.Server;
        var org = new TestOrganisation(first.Service<Db>());
        var roundId = await org.ScalarAsync<int>("SELECT Id FROM Round WHERE Status = 'open'");
        var answers = await org.ScalarAsync<int>("SELECT COUNT(*) FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId WHERE s.RoundId = @roundId", new { roundId });
        var ratingsBefore = await org.ScalarAsync<int>("SELECT COUNT(*) FROM Rating");
        await org.ExecuteAsync("UPDATE Round SET ClosesAt = @past WHERE Id = @roundId", new { past = DateTime.UtcNow.AddMinutes(-1), roundId });

        var ticks = await Task.WhenAll(
            Task.Run(() => first.Service<RoundScheduler>().TickAsync()),
            Task.Run(() => second.Service<RoundScheduler>().TickAsync()));

        // Each instance's own background tick may have won the race first; what matters is once.
        Assert.True(ticks.Sum(t => t.Closed) <= 1);
        Assert.Equal("closed", await org.ScalarAsync<string>("SELECT Status FROM Round WHERE Id = @roundId", new { roundId }));
        Assert.Equal(ratingsBefore + answers, await org.ScalarAsync<int>("SELECT COUNT(*) FROM Rating"));
        Assert.Equal(1, await org.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.closed' AND TargetId = @roundId", new { roundId }));
    }
}

public sealed class SqliteSeveralInstancesTests : SeveralInstancesTests
{
    private readonly TempDirectory directory = new();

    protected override Task<Dictionary<string, string?>?> CreateDatabaseAsync() =>
        Task.FromResult<Dictionary<string, string?>?>(new() { ["Database:SqlitePath"] = directory.File("shared.db") });

    protected override Task DropDatabaseAsync()
    {
        directory.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SqlServerSeveralInstancesTests : SeveralInstancesTests
{
    private const string Variable = "SKILLMAP_TEST_SQLSERVER";
    private string? master;
    private string? databaseName;

    protected override string SkipReason => $"{Variable} is not set: no SQL Server to run two instances against.";

    protected override async Task<Dictionary<string, string?>?> CreateDatabaseAsync()
    {
        master = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(master))
        {
            return null;
        }
        databaseName = "skillmap_instances_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new Microsoft.Data.SqlClient.SqlConnection(master))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync($"CREATE DATABASE [{databaseName}]");
        }
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(master) { InitialCatalog = databaseName };
        return new() { ["Database:Engine"] = "SqlServer", ["ConnectionStrings:SkillMap"] = builder.ConnectionString };
    }

    protected override async Task DropDatabaseAsync()
    {
        Microsoft.Data.SqlClient.SqlConnection.ClearAllPools();
        await using var connection = new Microsoft.Data.SqlClient.SqlConnection(master);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"ALTER DATABASE [{databaseName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{databaseName}]");
    }
}
