using System.Net;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Organisation;

/// <summary>
/// Erin is rated and rates in a closed round, answers in an open one, has comments, a release, a
/// history and audit entries. After erasure nothing in the database may lead back to her.
/// </summary>
public sealed class ErasureTests : IAsyncLifetime
{
    private const string Name = "消去 恵鈴";
    private const string Reading = "しょうきょ えりん";
    private const string Email = "erin.erasure@example.com";
    private const string Number = "EMP-ERASE-7731";

    private readonly SkillMapFactory app = new();
    private int erin;
    private int peerOne;
    private int teamId;
    private long unlinkedPeerAnswers;

    private TestOrganisation Org => new(app.Service<Db>());

    public async ValueTask InitializeAsync()
    {
        var org = Org;
        var model = await org.ModelAsync();
        var items = await org.ItemIdsAsync(model);
        teamId = await org.TeamAsync("Erasure team");
        erin = await org.PersonAsync(Name, teamId);
        await org.ExecuteAsync("UPDATE Person SET Email = @Email, NormalizedEmail = UPPER(@Email), EmployeeNumber = @Number, NameReading = @Reading WHERE Id = @erin",
            new { Email, Number, Reading, erin });
        peerOne = await org.PersonAsync("Peer One", teamId);
        var peerTwo = await org.PersonAsync("Peer Two", teamId);
        var peerThree = await org.PersonAsync("Peer Three", teamId);
        var manager = await org.PersonAsync("Erasure Manager", null, role: "manager");
        await org.ManagerAsync(teamId, manager);
        Dictionary<int, int?> Answers(int score) => new() { [items["logic.a"]] = score, [items["logic.b"]] = score, [items["conduct.a"]] = null };

        var closed = await org.RoundAsync(model, "open", teamId);
        var selfSheet = await org.SheetAsync(closed, "self", erin, erin, teamId, Answers(4));
        await org.SheetAsync(closed, "self", peerOne, peerOne, teamId, Answers(3));
        await org.SheetAsync(closed, "manager", manager, erin, teamId, Answers(2));
        await org.SheetAsync(closed, "manager", manager, peerOne, teamId, Answers(3));
        var aboutErin = await org.SheetAsync(closed, "peer", peerOne, erin, teamId, Answers(5));
        await org.SheetAsync(closed, "peer", peerTwo, erin, teamId, Answers(4));
        await org.SheetAsync(closed, "peer", peerThree, erin, teamId, Answers(3));
        await org.SheetAsync(closed, "peer", erin, peerOne, teamId, Answers(1));
        await org.SheetAsync(closed, "peer", erin, peerTwo, teamId, Answers(2));
        await org.SheetAsync(closed, "team", erin, null, teamId, new Dictionary<int, int?> { [items["outcome.a"]] = 3 });
        await org.ExecuteAsync("UPDATE DraftAnswer SET Comment = 'I, Erinnyx, focus on runbooks' WHERE SheetId = @selfSheet AND Score IS NOT NULL", new { selfSheet });
        await org.ExecuteAsync("UPDATE DraftAnswer SET Comment = 'Erinnyx explains incidents well' WHERE SheetId = @aboutErin AND Score IS NOT NULL", new { aboutErin });
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(closed));
        await org.ExecuteAsync("INSERT INTO ResultRelease (RoundId, RateeId, ReleasedAt, ReleasedBy) VALUES (@closed, @erin, @now, @manager)", new { closed, erin, manager, now = DateTime.UtcNow });

        var open = await org.RoundAsync(model, "open", teamId);
        var openSelf = await org.SheetAsync(open, "self", erin, erin, teamId, Answers(5));
        await org.ExecuteAsync("UPDATE DraftAnswer SET Comment = 'draft by Erinnyx' WHERE SheetId = @openSelf", new { openSelf });
        await org.SheetAsync(open, "peer", erin, peerOne, teamId, Answers(4));
        await org.SheetAsync(open, "peer", peerOne, erin, teamId, Answers(4));
        // A sign-in log line of another feature that happens to carry her email must not survive either.
        await org.ExecuteAsync("INSERT INTO AuditEntry (At, ActorId, Action, Detail) VALUES (@now, NULL, 'signin.failed', @detail)", new { now = DateTime.UtcNow, detail = $"unknown password for {Email}" });
        await org.ExecuteAsync("INSERT INTO AuditEntry (At, ActorId, Action, TargetType, TargetId, Detail) VALUES (@now, NULL, 'person.moved', 'person', @erin, 'to team 12')", new { now = DateTime.UtcNow, erin });

        // Plans: her own (with an action and her comment), and another's plan she commented on and owns an action of.
        var now = DateTime.UtcNow;
        // The closing step may already have proposed plans; make sure both exist either way.
        const string EnsurePlan = "INSERT INTO TrainingPlan (RoundId, PersonId, TeamId, Status, ProposedAt, UpdatedAt) SELECT @closed, @person, @teamId, 'proposed', @now, @now WHERE NOT EXISTS (SELECT 1 FROM TrainingPlan WHERE RoundId = @closed AND PersonId = @person)";
        await org.ExecuteAsync(EnsurePlan, new { closed, person = erin, teamId, now });
        await org.ExecuteAsync(EnsurePlan, new { closed, person = peerOne, teamId, now });
        var herPlan = await org.ScalarAsync<int>("SELECT Id FROM TrainingPlan WHERE RoundId = @closed AND PersonId = @erin", new { closed, erin });
        await org.ExecuteAsync("INSERT INTO PlanAction (PlanId, Position, ActionType, Reason, Body, Status, UpdatedAt) VALUES (@herPlan, 1, 'coaching', 'added', 'Pair Erinnyx with a mentor', 'planned', @now)", new { herPlan, now });
        await org.ExecuteAsync("INSERT INTO PlanComment (PlanId, AuthorId, Body, CreatedAt) VALUES (@herPlan, @erin, 'Agreed - Erinnyx', @now)", new { herPlan, erin, now });
        var peerPlan = await org.ScalarAsync<int>("SELECT Id FROM TrainingPlan WHERE RoundId = @closed AND PersonId = @peerOne", new { closed, peerOne });
        await org.ExecuteAsync("UPDATE TrainingPlan SET Status = 'approved', ApprovedBy = @erin WHERE Id = @peerPlan", new { erin, peerPlan });
        await org.ExecuteAsync("INSERT INTO PlanAction (PlanId, Position, ActionType, Reason, OwnerId, Status, UpdatedAt) VALUES (@peerPlan, 1, 'training', 'added', @erin, 'planned', @now)", new { peerPlan, erin, now });
        await org.ExecuteAsync("INSERT INTO PlanComment (PlanId, AuthorId, Body, CreatedAt) VALUES (@peerPlan, @erin, 'Erinnyx will pair with you', @now)", new { peerPlan, erin, now });

        // A nomination round not yet open, created by her, where she is proposed as a peer and proposes one.
        var draftRound = await org.RoundAsync(model, "draft", teamId);
        await org.ExecuteAsync("UPDATE Round SET AssignmentMode = 'nomination', CreatedBy = @erin WHERE Id = @draftRound", new { erin, draftRound });
        await org.ExecuteAsync("INSERT INTO RoundPeer (RoundId, RateeId, RaterId, Status) VALUES (@draftRound, @erin, @peerOne, 'proposed'), (@draftRound, @peerOne, @erin, 'approved')", new { draftRound, erin, peerOne });

        unlinkedPeerAnswers = await org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE Perspective IN ('peer', 'team') AND (RateeId IN (@peerOne, @peerTwo) OR RateeId IS NULL)", new { peerOne, peerTwo });
    }

    public ValueTask DisposeAsync()
    {
        app.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<HttpResponseMessage> EraseAsync(HttpClient admin, string confirmation)
    {
        var url = $"/admin/people/{erin}/erase";
        var page = await admin.GetPageAsync(url);
        return await admin.SubmitAsync(page.Form("#erase-person"), url, [new("Confirmation", confirmation)]);
    }

    [Fact]
    public async Task Erasure_leaves_nothing_in_the_database_that_leads_back_to_the_person()
    {
        var session = await app.ClientAsAsync(Name);
        var admin = await app.ClientAsAsync("山本 健一");

        var response = await EraseAsync(admin, Name);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var db = app.Service<Db>();
        await using var connection = await db.OpenAsync();

        // No row of any table points at her, except audit entries that keep who did what (actor / target).
        var references = new List<string>();
        foreach (var table in await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            foreach (var column in await connection.QueryAsync<string>($"SELECT \"from\" FROM pragma_foreign_key_list('{table}') WHERE \"table\" = 'Person'"))
            {
                if (table == "AuditEntry" && column == "ActorId")
                {
                    continue;
                }
                if (await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = @erin", new { erin }) > 0)
                {
                    references.Add($"{table}.{column}");
                }
            }
        }
        Assert.Empty(references);

        // Her name, reading, email and number appear in no text anywhere, in any case.
        var found = new List<string>();
        foreach (var table in await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            foreach (var column in await connection.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')"))
            {
                foreach (var needle in new[] { Name, Reading, Email, Number, "Erinnyx" })
                {
                    if (await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\" WHERE instr(lower(CAST(\"{column}\" AS TEXT)), lower(@needle)) > 0", new { needle }) > 0)
                    {
                        found.Add($"{table}.{column} holds {needle}");
                    }
                }
            }
        }
        Assert.Empty(found);

        var tombstone = await connection.QuerySingleAsync<(string DisplayName, string? Email, string? Number, string? Reading, string? ErasedAt)>(
            "SELECT DisplayName, Email, EmployeeNumber, NameReading, ErasedAt FROM Person WHERE Id = @erin", new { erin });
        Assert.Equal(("", null, null, null), (tombstone.DisplayName, tombstone.Email, tombstone.Number, tombstone.Reading));
        Assert.NotNull(tombstone.ErasedAt);

        // Peer and team answers she gave in the closed round were unlinked at close and stay, anonymous.
        Assert.Equal(unlinkedPeerAnswers, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM Rating WHERE Perspective IN ('peer', 'team') AND (RateeId IN (SELECT Id FROM Person WHERE DisplayName IN ('Peer One', 'Peer Two')) OR RateeId IS NULL)"));

        var erasures = (await connection.QueryAsync<(string Action, string? Detail)>("SELECT Action, Detail FROM AuditEntry WHERE Action = 'person.erased'")).ToList();
        Assert.Equal(("person.erased", null), Assert.Single(erasures));
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT Detail FROM AuditEntry WHERE Action = 'person.moved' AND TargetId = @erin", new { erin }));

        // Not in the file either: secure_delete overwrote freed pages and the WAL was truncated.
        SqliteConnectionPoolReset();
        foreach (var file in new[] { db.SqlitePath!, db.SqlitePath + "-wal" }.Where(File.Exists))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Email)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Number)));
        }

        // Her open session ends with the erasure.
        var after = await session.GetAsync($"/teams/{teamId}");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private static void SqliteConnectionPoolReset() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    [Fact]
    public async Task Erasure_needs_the_typed_name_and_changes_nothing_without_it()
    {
        var admin = await app.ClientAsAsync("山本 健一");

        var response = await EraseAsync(admin, "someone else");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Type the person's display name", (await Html.ParseAsync(response)).Text("#error-summary"));
        Assert.Equal(Email, await Org.ScalarAsync<string>("SELECT Email FROM Person WHERE Id = @erin", new { erin }));
    }

    [Fact]
    public async Task Only_admins_erase()
    {
        var manager = await app.ClientAsAsync("Erasure Manager");
        var token = await manager.AntiforgeryTokenAsync();

        var response = await manager.PostAsync($"/admin/people/{erin}/erase", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Confirmation", Name)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Email, await Org.ScalarAsync<string>("SELECT Email FROM Person WHERE Id = @erin", new { erin }));
    }
}
