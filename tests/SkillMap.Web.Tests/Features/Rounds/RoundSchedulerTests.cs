using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

public sealed class RoundSchedulerTests
{
    private static SkillMapFactory App(FakeTimeProvider clock, Dictionary<string, string?>? settings = null) =>
        new(settings) { TestServices = services => services.AddSingleton<TimeProvider>(clock) };

    private static async Task<(SkillMapFactory App, RoundTestKit Kit, int RoundId)> OpenRoundAsync(FakeTimeProvider clock, Dictionary<string, string?>? settings = null)
    {
        var app = App(clock, settings);
        var kit = new RoundTestKit(app);
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");
        var roundId = await kit.OpenRoundAsync(admin, [team.Id], new()
        {
            ["Input.OpensAt"] = RoundTestKit.Local(clock.GetUtcNow().UtcDateTime.AddHours(-1)),
            ["Input.ClosesAt"] = RoundTestKit.Local(clock.GetUtcNow().UtcDateTime.AddDays(2)),
        });
        await kit.AnswerAsync(roundId, "peer");
        return (app, kit, roundId);
    }

    [Fact]
    public async Task Two_closers_racing_close_the_round_once_and_copy_every_answer_once()
    {
        var (app, kit, roundId) = await OpenRoundAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        using var _ = app;
        var drafts = await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM DraftAnswer a JOIN Sheet s ON s.Id = a.SheetId WHERE s.RoundId = @roundId", new { roundId });
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();

        var results = await Task.WhenAll(
            Task.Run(() => first.ServiceProvider.GetRequiredService<RoundCloser>().CloseAsync(roundId)),
            Task.Run(() => second.ServiceProvider.GetRequiredService<RoundCloser>().CloseAsync(roundId)));

        Assert.Single(results, closed => closed);
        Assert.Equal(drafts, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @roundId", new { roundId }));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.closed' AND TargetId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task The_scheduler_closes_a_round_at_its_deadline_and_not_before()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (app, kit, roundId) = await OpenRoundAsync(clock);
        using var _ = app;
        var scheduler = app.Service<RoundScheduler>();

        clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        var early = await scheduler.TickAsync();
        Assert.Equal(0, early.Closed);
        Assert.Equal("open", await kit.StatusAsync(roundId));

        // The hosted service may tick on its own once the fake clock moves; either way the round closes once.
        clock.Advance(TimeSpan.FromMinutes(2));
        await scheduler.TickAsync();

        Assert.Equal("closed", await kit.StatusAsync(roundId));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.closed' AND TargetId = @roundId", new { roundId }));
        Assert.True(await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @roundId AND Perspective = 'peer'", new { roundId }) > 0);
    }

    [Fact]
    public async Task The_background_service_closes_the_round_on_its_own_when_time_passes_the_deadline()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (app, kit, roundId) = await OpenRoundAsync(clock, new() { ["Rounds:PollSeconds"] = "30" });
        using var _ = app;

        // Each poll waits 30 s of the fake clock; moving it on lets the waiting service tick.
        var status = await RoundTestKit.EventuallyAsync(async () =>
        {
            clock.Advance(TimeSpan.FromHours(12));
            return await kit.StatusAsync(roundId);
        }, s => s == "closed");

        Assert.Equal("closed", status);
        Assert.True(await kit.Org.ScalarAsync<DateTime>("SELECT ClosedAt FROM Round WHERE Id = @roundId", new { roundId })
            >= await kit.Org.ScalarAsync<DateTime>("SELECT ClosesAt FROM Round WHERE Id = @roundId", new { roundId }));
    }

    [Fact]
    public async Task A_scheduled_round_opens_at_its_opening_time_with_every_sheet()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = App(clock);
        var kit = new RoundTestKit(app);
        var team = await kit.TeamAsync(5);
        var admin = await kit.ClientAsync("山本 健一");
        var opensAt = clock.GetUtcNow().UtcDateTime.AddHours(3);
        var roundId = await kit.CreateRoundAsync(admin, [team.Id], new() { ["Input.OpensAt"] = RoundTestKit.Local(opensAt) });
        await kit.OpenAsync(admin, roundId);
        Assert.Equal("draft", await kit.StatusAsync(roundId));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT OpenScheduled FROM Round WHERE Id = @roundId", new { roundId }));
        var scheduler = app.Service<RoundScheduler>();

        Assert.Equal(0, (await scheduler.TickAsync()).Opened);
        clock.Advance(TimeSpan.FromHours(3));
        await scheduler.TickAsync();

        Assert.Equal("open", await kit.StatusAsync(roundId));
        Assert.Equal(1, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.opened' AND TargetId = @roundId", new { roundId }));
        Assert.Equal(5, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM Sheet WHERE RoundId = @roundId AND Perspective = 'self'", new { roundId }));
    }

    [Fact]
    public async Task A_scheduled_opening_that_finds_too_few_peers_stays_a_draft_and_the_round_page_says_why()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = App(clock);
        var kit = new RoundTestKit(app);
        var team = await kit.TeamAsync(4);
        var admin = await kit.ClientAsync("山本 健一");
        var roundId = await kit.CreateRoundAsync(admin, [team.Id], new() { ["Input.OpensAt"] = RoundTestKit.Local(clock.GetUtcNow().UtcDateTime.AddHours(1)) });
        await kit.OpenAsync(admin, roundId);
        await kit.Org.ExecuteAsync("UPDATE Person SET DeactivatedAt = @now WHERE Id = @id", new { now = DateTime.UtcNow, id = team.Members[3] });

        clock.Advance(TimeSpan.FromHours(2));
        await app.Service<RoundScheduler>().TickAsync();

        Assert.Equal("draft", await kit.StatusAsync(roundId));
        var page = await admin.GetPageAsync($"/admin/rounds/{roundId}");
        Assert.Contains("did not happen", page.Text("#open-failed"));
        Assert.Contains("only 2 possible peers", page.Text("#readiness-problems"));
    }

    [Fact]
    public async Task The_retention_setting_purges_closed_rounds_older_than_it_and_keeps_the_rest()
    {
        using var app = new SkillMapFactory(new Dictionary<string, string?> { ["Rounds:RetentionYears"] = "1" });
        var org = new TestOrganisation(app.Service<Db>());
        await app.CreateBrowserClient().GetAsync("/healthz");
        var closed = await org.QueryAsync<long>("SELECT Id FROM Round WHERE Status = 'closed' ORDER BY ClosedAt");
        var plans = await org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE RoundId = @id", new { id = closed[1] });

        // The service ticks once at start; a tick of our own makes sure one has run, and changes nothing more.
        await app.Service<RoundScheduler>().TickAsync();

        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @id", new { id = closed[0] }));
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM RatingComment WHERE RoundId = @id", new { id = closed[0] }));
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE RoundId = @id", new { id = closed[0] }));
        Assert.Equal(0, await org.ScalarAsync<long>("SELECT COUNT(*) FROM PlanRound WHERE RoundId = @id", new { id = closed[0] }));
        Assert.True(await org.ScalarAsync<long>("SELECT COUNT(*) FROM Rating WHERE RoundId = @id", new { id = closed[1] }) > 0);
        Assert.True(plans > 0);
        Assert.Equal(plans, await org.ScalarAsync<long>("SELECT COUNT(*) FROM TrainingPlan WHERE RoundId = @id", new { id = closed[1] }));
        Assert.Equal(1, await org.ScalarAsync<long>("SELECT COUNT(*) FROM AuditEntry WHERE Action = 'round.purged' AND TargetId = @id AND ActorId IS NULL", new { id = closed[0] }));
        Assert.Equal(0, (await app.Service<RoundScheduler>().TickAsync()).Purged);
    }
}
