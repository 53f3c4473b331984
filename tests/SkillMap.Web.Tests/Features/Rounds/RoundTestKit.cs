using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Rounds;

/// <summary>Fresh, exactly known teams inside a demo app, and rounds created through the real pages.</summary>
public sealed class RoundTestKit(SkillMapFactory app)
{
    public TestOrganisation Org { get; } = new(app.Service<Db>());

    public sealed record TestTeam(int Id, string Name, int ManagerId, string ManagerName, int[] Members, string[] MemberNames);

    /// <summary>A team of <paramref name="size"/> demo members and one demo manager, all with unique names.</summary>
    public async Task<TestTeam> TeamAsync(int size)
    {
        var name = "Team " + Guid.NewGuid().ToString("N")[..8];
        var teamId = await Org.TeamAsync(name);
        var managerName = "Manager of " + name;
        var managerId = await Org.PersonAsync(managerName, null, "manager");
        await Org.ManagerAsync(teamId, managerId);
        var names = Enumerable.Range(1, size).Select(i => $"{name} member {i}").ToArray();
        var members = new int[size];
        for (var i = 0; i < size; i++)
        {
            members[i] = await Org.PersonAsync(names[i], teamId);
        }
        return new TestTeam(teamId, name, managerId, managerName, members, names);
    }

    public async Task<HttpClient> ClientAsync(string person, string language = "en")
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync(person);
        return client;
    }

    /// <summary>Submits the new-round form; returns the new round's id.</summary>
    public async Task<int> CreateRoundAsync(HttpClient client, int[] teamIds, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync("/admin/rounds/new");
        var set = new Dictionary<string, string>
        {
            ["Input.Name"] = "Round " + Guid.NewGuid().ToString("N")[..6],
            ["Input.OpensAt"] = Local(DateTime.UtcNow.AddHours(-1)),
            ["Input.ClosesAt"] = Local(DateTime.UtcNow.AddDays(14)),
        };
        foreach (var (key, value) in fields ?? [])
        {
            set[key] = value;
        }
        var pairs = set.Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value))
            .Concat(teamIds.Select(t => new KeyValuePair<string, string>("Input.TeamIds", t.ToString())));
        var response = await client.SubmitAsync(page.Form("#round-form"), "/admin/rounds/new", set: pairs.ToList());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Presses "Open now" on the round page.</summary>
    public async Task<HttpResponseMessage> OpenAsync(HttpClient client, int roundId)
    {
        var page = await client.GetPageAsync($"/admin/rounds/{roundId}");
        var form = (IHtmlFormElement)page.QuerySelector("#open-round")!.Closest("form")!;
        return await client.SubmitAsync(form, $"/admin/rounds/{roundId}");
    }

    public async Task<int> OpenRoundAsync(HttpClient client, int[] teamIds, Dictionary<string, string>? fields = null)
    {
        var roundId = await CreateRoundAsync(client, teamIds, fields);
        var response = await OpenAsync(client, roundId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("open", await StatusAsync(roundId));
        return roundId;
    }

    public Task<string> StatusAsync(int roundId) => Org.ScalarAsync<string>("SELECT Status FROM Round WHERE Id = @roundId", new { roundId });

    /// <summary>Saves answers into existing sheets as the answering pages would (every personal item, or the team items).</summary>
    public async Task AnswerAsync(int roundId, string perspective, int? raterId = null, string comment = "")
    {
        await Org.ExecuteAsync("""
            INSERT INTO DraftAnswer (SheetId, SkillItemId, Score, Comment)
            SELECT s.Id, i.Id, 4, NULLIF(@comment, '')
            FROM Sheet s
            JOIN Round r ON r.Id = s.RoundId
            JOIN SkillItem i ON i.ModelVersionId = r.ModelVersionId AND i.Scope = CASE WHEN s.Perspective = 'team' THEN 'team' ELSE 'person' END
            WHERE s.RoundId = @roundId AND s.Perspective = @perspective AND (@raterId IS NULL OR s.RaterId = @raterId)
            """, new { roundId, perspective, raterId, comment });
        await Org.ExecuteAsync("UPDATE Sheet SET Revision = 1, IsFinished = 1 WHERE RoundId = @roundId AND Perspective = @perspective AND (@raterId IS NULL OR RaterId = @raterId)",
            new { roundId, perspective, raterId });
    }

    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).ToString("yyyy-MM-ddTHH:mm");

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(100);
            value = await read();
        }
        return value;
    }
}
