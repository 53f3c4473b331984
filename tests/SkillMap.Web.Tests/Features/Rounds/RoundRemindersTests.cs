using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkillMap.Web.Features.Mail;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

/// <summary>Stands in for SMTP: keeps what was sent, and refuses the addresses a test marks as failing.</summary>
public sealed class RecordingMail : IMailSender
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public ConcurrentDictionary<string, bool> Failing { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsConfigured => true;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        if (Failing.ContainsKey(mail.To))
        {
            throw new InvalidOperationException("550 mailbox unavailable");
        }
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }

    public List<OutgoingMail> To(int personId) => Sent.Where(m => m.To == RoundRemindersTests.Address(personId)).ToList();
}

/// <summary>The demo app with SMTP "configured": mail is recorded, and the log is kept.</summary>
public sealed class ReminderApp : SkillMapFactory
{
    public ReminderApp() => TestServices = services =>
    {
        services.AddSingleton<IMailSender>(Mail);
        services.AddSingleton<ILoggerProvider>(Logs);
    };

    public RecordingMail Mail { get; } = new();

    public LogCapture Logs { get; } = new();
}

public sealed class RoundRemindersTests(ReminderApp app) : IClassFixture<ReminderApp>
{
    private const string Admin = "山本 健一";
    private readonly RoundTestKit kit = new(app);

    public static string Address(int personId) => $"person{personId}@reminders.example.jp";

    private async Task AddressesAsync(params int[] people)
    {
        foreach (var id in people)
        {
            await kit.Org.ExecuteAsync("UPDATE Person SET Email = @email, NormalizedEmail = UPPER(@email) WHERE Id = @id", new { email = Address(id), id });
        }
    }

    private static int[] Everyone(RoundTestKit.TestTeam team) => [.. team.Members, team.ManagerId];

    /// <summary>A team whose members and manager have addresses, in an open round the admin created for it (and any other teams).</summary>
    private async Task<(RoundTestKit.TestTeam Team, int RoundId)> OpenRoundAsync(params RoundTestKit.TestTeam[] others)
    {
        var team = await kit.TeamAsync(5);
        var roundId = await kit.OpenRoundAsync(await kit.ClientAsync(Admin), [team.Id, .. others.Select(o => o.Id)]);
        await AddressesAsync([.. Everyone(team), .. others.SelectMany(Everyone)]);
        return (team, roundId);
    }

    private static string Progress(int roundId) => $"/admin/rounds/{roundId}/progress";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, int roundId, int? teamId = null)
    {
        var page = await client.GetPageAsync(Progress(roundId));
        return await client.SubmitAsync(page.Form("#send-reminders-form"), Progress(roundId),
            teamId is { } id ? [new("teamId", id.ToString(CultureInfo.InvariantCulture))] : null);
    }

    private static async Task<string> SendAndReadStatusAsync(HttpClient client, int roundId, int? teamId = null)
    {
        var response = await SendAsync(client, roundId, teamId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (await client.GetPageAsync(Progress(roundId))).Text("#status-message");
    }

    [Fact]
    public async Task Reminders_are_mailed_only_to_people_with_open_sheets_in_the_manager_teams()
    {
        var other = await kit.TeamAsync(5);
        var (team, roundId) = await OpenRoundAsync(other);
        foreach (var perspective in new[] { "self", "peer", "team" })
        {
            await kit.AnswerAsync(roundId, perspective, team.Members[0]);
        }
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundName = await kit.Org.ScalarAsync<string>("SELECT Name FROM Round WHERE Id = @roundId", new { roundId });

        var status = await SendAndReadStatusAsync(manager, roundId);

        Assert.Equal("Reminders sent: 5; failed: 0; skipped (reminded recently): 0.", status);
        int[] expected = [.. team.Members[1..], team.ManagerId];
        Assert.All(expected, id => Assert.Single(app.Mail.To(id)));
        Assert.All(Everyone(other).Append(team.Members[0]), id => Assert.Empty(app.Mail.To(id)));
        var mail = Assert.Single(app.Mail.To(team.Members[1]));
        Assert.Equal(team.MemberNames[1], mail.ToName);
        Assert.Contains(roundName, mail.Subject);
        Assert.Contains("https://localhost/surveys", mail.Body);
        Assert.Contains("ratings of 4 colleagues", mail.Body);
        Assert.DoesNotContain(team.MemberNames.Where(n => n != team.MemberNames[1]), mail.Body.Contains);
        Assert.Equal(["sent 5, failed 0, skipped 0, no address 0"], await kit.Org.QueryAsync<string>(
            "SELECT Detail FROM AuditEntry WHERE Action = 'round.reminders-sent' AND TargetType = 'round' AND TargetId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task A_manager_cannot_send_for_a_team_or_a_round_they_do_not_manage()
    {
        var other = await kit.TeamAsync(5);
        var (team, roundId) = await OpenRoundAsync(other);
        var manager = await kit.ClientAsync(team.ManagerName);
        var stranger = await kit.ClientAsync((await kit.TeamAsync(3)).ManagerName);

        var otherTeam = await SendAsync(manager, roundId, other.Id);
        var unknownTeam = await SendAsync(manager, roundId, 987_654);
        var otherRound = await stranger.PostAsync(Progress(roundId) + "?handler=Send", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", await stranger.AntiforgeryTokenAsync())]));

        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTeam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherRound.StatusCode);
        Assert.All(Everyone(team).Concat(Everyone(other)), id => Assert.Empty(app.Mail.To(id)));
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RoundReminder WHERE RoundId = @roundId", new { roundId }));
    }

    [Fact]
    public async Task One_team_can_be_chosen()
    {
        var other = await kit.TeamAsync(5);
        var (team, roundId) = await OpenRoundAsync(other);
        var admin = await kit.ClientAsync(Admin);

        var status = await SendAndReadStatusAsync(admin, roundId, other.Id);

        Assert.Equal("Reminders sent: 6; failed: 0; skipped (reminded recently): 0.", status);
        Assert.All(Everyone(other), id => Assert.Single(app.Mail.To(id)));
        Assert.All(Everyone(team), id => Assert.Empty(app.Mail.To(id)));
    }

    [Fact]
    public async Task A_person_reminded_within_the_cool_down_is_skipped_and_reminded_again_after_it()
    {
        var (team, roundId) = await OpenRoundAsync();
        var manager = await kit.ClientAsync(team.ManagerName);

        var first = await SendAndReadStatusAsync(manager, roundId);
        var again = await SendAndReadStatusAsync(manager, roundId);
        var page = await manager.GetPageAsync(Progress(roundId));
        await kit.Org.ExecuteAsync("UPDATE RoundReminder SET RemindedAt = @before WHERE RoundId = @roundId", new { roundId, before = DateTime.UtcNow.AddHours(-13) });
        var later = await SendAndReadStatusAsync(manager, roundId);

        Assert.Equal("Reminders sent: 6; failed: 0; skipped (reminded recently): 0.", first);
        Assert.Equal("Reminders sent: 0; failed: 0; skipped (reminded recently): 6.", again);
        Assert.Contains("Anyone reminded about this round in the last 12 hours is skipped", page.Text("#send-reminders-help"));
        Assert.StartsWith("Last reminded by e-mail:", page.Text($"#reminder-{team.Members[0]} .last-reminded"));
        Assert.Equal("Reminders sent: 6; failed: 0; skipped (reminded recently): 0.", later);
        Assert.All(Everyone(team), id => Assert.Equal(2, app.Mail.To(id).Count));
    }

    [Fact]
    public async Task Two_managers_pressing_at_once_mail_each_person_once()
    {
        var (team, roundId) = await OpenRoundAsync();
        var clients = new[] { await kit.ClientAsync(team.ManagerName), await kit.ClientAsync(Admin) };
        var forms = new List<AngleSharp.Html.Dom.IHtmlFormElement>();
        foreach (var client in clients)
        {
            forms.Add((await client.GetPageAsync(Progress(roundId))).Form("#send-reminders-form"));
        }

        var responses = await Task.WhenAll(clients.Select((client, i) => client.SubmitAsync(forms[i], Progress(roundId))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.All(Everyone(team), id => Assert.Single(app.Mail.To(id)));
    }

    [Fact]
    public async Task A_failing_recipient_does_not_stop_the_others_and_is_retried_next_time()
    {
        var (team, roundId) = await OpenRoundAsync();
        var manager = await kit.ClientAsync(team.ManagerName);
        var failing = team.Members[2];
        app.Mail.Failing[Address(failing)] = true;

        var first = await SendAndReadStatusAsync(manager, roundId);
        app.Mail.Failing.TryRemove(Address(failing), out _);
        var retry = await SendAndReadStatusAsync(manager, roundId);

        Assert.StartsWith("Reminders sent: 5; failed: 1; skipped (reminded recently): 0.", first);
        Assert.Contains("retry the failed ones", first);
        Assert.Equal("Reminders sent: 1; failed: 0; skipped (reminded recently): 5.", retry);
        Assert.All(Everyone(team), id => Assert.Single(app.Mail.To(id)));
        var logged = Assert.Single(app.Logs.Lines, l => l.Contains($"round {roundId} to person {failing} could not be sent", StringComparison.Ordinal));
        Assert.DoesNotContain(Address(failing), logged, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_mail_is_in_the_recipient_language_whatever_the_sender_reads()
    {
        var (team, roundId) = await OpenRoundAsync();
        await kit.Org.ExecuteAsync("UPDATE Person SET Language = 'ja' WHERE Id = @id", new { id = team.Members[0] });
        var manager = await kit.ClientAsync(team.ManagerName, "en");
        var closesAt = await kit.Org.ScalarAsync<DateTime>("SELECT ClosesAt FROM Round WHERE Id = @roundId", new { roundId });
        var time = new SkillMap.Web.Hosting.OrganizationTime(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        string Deadline(string culture) => time.Format(closesAt, CultureInfo.GetCultureInfo(culture));

        await SendAndReadStatusAsync(manager, roundId);

        var japanese = Assert.Single(app.Mail.To(team.Members[0]));
        Assert.Contains("締め切り", japanese.Subject);
        Assert.Contains(Deadline("ja"), japanese.Subject);
        Assert.Contains("自己評価", japanese.Body);
        var english = Assert.Single(app.Mail.To(team.Members[1]));
        Assert.Contains("closes on " + Deadline("en"), english.Subject);
        Assert.Contains("your self-assessment", english.Body);
    }

    [Fact]
    public async Task People_without_an_address_are_counted_and_left_to_copy()
    {
        var (team, roundId) = await OpenRoundAsync();
        await kit.Org.ExecuteAsync("UPDATE Person SET Email = NULL, NormalizedEmail = NULL WHERE Id = @id", new { id = team.Members[3] });
        var manager = await kit.ClientAsync(team.ManagerName);

        var page = await manager.GetPageAsync(Progress(roundId));
        var status = await SendAndReadStatusAsync(manager, roundId);

        Assert.Contains("the 5 people below who have an e-mail address", page.Text("#send-reminders-help"));
        Assert.NotNull(page.QuerySelector($"#reminder-{team.Members[3]} .no-address"));
        Assert.Equal("Reminders sent: 5; failed: 0; skipped (reminded recently): 0. No e-mail address: 1 (copy their text below).", status);
    }

    [Fact]
    public async Task Erasure_closing_and_purge_leave_no_reminder_rows()
    {
        var (team, roundId) = await OpenRoundAsync();
        var manager = await kit.ClientAsync(team.ManagerName);
        await SendAndReadStatusAsync(manager, roundId);
        var erased = team.Members[1];
        var admin = await kit.ClientAsync(Admin);
        var erase = (await admin.GetPageAsync($"/admin/people/{erased}/erase")).Form("#erase-person");

        var response = await admin.SubmitAsync(erase, $"/admin/people/{erased}/erase", [new("Confirmation", team.MemberNames[1])]);
        var afterErasure = await kit.Org.QueryAsync<long>("SELECT PersonId FROM RoundReminder WHERE RoundId = @roundId", new { roundId });
        await app.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(roundId));
        var afterClose = await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RoundReminder WHERE RoundId = @roundId", new { roundId });
        await kit.Org.ExecuteAsync("INSERT INTO RoundReminder (RoundId, PersonId, RemindedAt) VALUES (@roundId, @id, @now)", new { roundId, id = team.Members[0], now = DateTime.UtcNow });
        await app.InScopeAsync(s => s.GetRequiredService<RoundPurger>().PurgeAsync(roundId, null, "by hand"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Everyone(team).Where(id => id != erased).Order(), afterErasure.Select(id => (int)id).Order());
        Assert.Equal(0, afterClose);
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RoundReminder WHERE RoundId = @roundId", new { roundId }));
    }
}

public sealed class RoundRemindersWithoutMailTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    private readonly RoundTestKit kit = new(app);

    [Fact]
    public async Task Without_SMTP_the_page_says_so_offers_the_texts_to_copy_and_sends_nothing()
    {
        var team = await kit.TeamAsync(4);
        await kit.Org.ExecuteAsync("UPDATE Person SET Email = 'p' || Id || '@nomail.example.jp' WHERE Id IN @ids", new { ids = team.Members });
        var manager = await kit.ClientAsync(team.ManagerName);
        var roundId = await kit.OpenRoundAsync(manager, [team.Id]);
        var url = $"/admin/rounds/{roundId}/progress";

        var page = await manager.GetPageAsync(url);
        var post = await manager.PostAsync(url + "?handler=Send", new FormUrlEncodedContent([new("__RequestVerificationToken", await manager.AntiforgeryTokenAsync(url))]));

        Assert.Null(page.QuerySelector("#send-reminders-form"));
        Assert.Null(page.QuerySelector("#send-reminders"));
        Assert.Contains("E-mail is not set up on this server", page.Text("#mail-not-configured"));
        Assert.NotNull(page.QuerySelector($"#reminder-text-{team.Members[0]}"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("E-mail is not set up", (await manager.GetPageAsync(url)).Text("#status-message"));
        Assert.Equal(0, await kit.Org.ScalarAsync<long>("SELECT COUNT(*) FROM RoundReminder WHERE RoundId = @roundId", new { roundId }));
    }
}
