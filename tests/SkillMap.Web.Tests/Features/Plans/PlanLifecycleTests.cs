using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Plans;

/// <summary>A plan after it was proposed: actions move through their statuses, are added and removed.</summary>
public sealed class PlanLifecycleTests(PlanFixture fixture) : IClassFixture<PlanFixture>
{
    private static async Task<HttpResponseMessage> SetStatusAsync(HttpClient client, IHtmlDocument page, string actionElementId, string status, string url)
    {
        var form = (IHtmlFormElement)page.QuerySelector($"#{actionElementId} .status-form")!;
        return await client.SubmitAsync(form, url, set: [new("status", status)]);
    }

    private static string StatusOf(IHtmlDocument page, string actionElementId) =>
        page.QuerySelector($"#{actionElementId} .action-status")!.GetAttribute("data-status")!;

    [Fact]
    public async Task The_person_and_the_manager_move_actions_through_in_progress_done_and_dropped()
    {
        var planId = await fixture.PlanOfAsync(fixture.Aoi);
        var url = $"/plans/{planId}";
        var person = await fixture.SignedInAsync("Aoi Plan");
        var page = await person.GetPageAsync(url);
        var actions = page.QuerySelectorAll(".plan-action").Select(a => a.Id!).ToList();
        Assert.True(actions.Count >= 3);
        Assert.All(actions, a => Assert.Equal("planned", StatusOf(page, a)));

        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(person, page, actions[0], "in-progress", url)).StatusCode);
        Assert.Equal("in-progress", StatusOf(await person.GetPageAsync(url), actions[0]));
        page = await person.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(person, page, actions[0], "done", url)).StatusCode);

        var manager = await fixture.SignedInAsync("Mia PlanManager");
        page = await manager.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await SetStatusAsync(manager, page, actions[1], "dropped", url)).StatusCode);

        var after = await person.GetPageAsync(url);
        Assert.Equal("done", StatusOf(after, actions[0]));
        Assert.Equal("Done", after.Text($"#{actions[0]} .action-status"));
        Assert.Equal("dropped", StatusOf(after, actions[1]));
        Assert.All(actions.Skip(2), a => Assert.Equal("planned", StatusOf(after, a)));
        // Moving a status is progress, not a change of what was agreed: the plan stays where it was.
        Assert.Equal("Proposed", after.Text("#plan-status"));

        // Another person's plan cannot be moved by posting its action id into this one.
        var otherPlan = await fixture.PlanOfAsync(fixture.Dan);
        var foreign = await fixture.Org.ScalarAsync<long>("SELECT MIN(Id) FROM PlanAction WHERE PlanId = @otherPlan", new { otherPlan });
        var form = (IHtmlFormElement)after.QuerySelector($"#{actions[2]} .status-form")!;
        var fields = form.Fields().Where(f => f.Key != "status").Append(new("status", "done")).ToList();
        var refused = await person.PostAsync($"{url}?handler=Status&actionId={foreign}", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await Html.ParseAsync(refused)).QuerySelector(".validation-summary li"));
        Assert.Equal("planned", await fixture.Org.ScalarAsync<string>("SELECT Status FROM PlanAction WHERE Id = @foreign", new { foreign }));
    }

    [Fact]
    public async Task The_manager_adds_and_removes_actions_and_an_agreed_plan_goes_back_to_the_person()
    {
        var planId = await fixture.PlanOfAsync(fixture.Ben);
        var url = $"/plans/{planId}";
        var person = await fixture.SignedInAsync("Ben Plan");
        Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitAsync((await person.GetPageAsync(url)).Form("#agree-form"), url)).StatusCode);
        Assert.Equal("Agreed", (await person.GetPageAsync(url)).Text("#plan-status"));
        var manager = await fixture.SignedInAsync("Mia PlanManager");
        var before = (await manager.GetPageAsync(url)).QuerySelectorAll("#development-actions .plan-action").Length;

        var add = $"{url}/actions";
        var added = await manager.SubmitAsync((await manager.GetPageAsync(add)).Form("#action-form"), add, set:
        [
            new("Input.ActionType", "coaching"),
            new("Input.SkillItemId", fixture.Items["conduct.a"].ToString()),
            new("Input.Body", "Run the next *blameless review* with Aoi"),
            new("Input.DueDate", "2027-02-28"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await person.GetPageAsync(url);
        var actions = page.QuerySelectorAll("#development-actions .plan-action");
        Assert.Equal(before + 1, actions.Length);
        var mine = actions.Single(a => a.TextContent.Contains("blameless review", StringComparison.Ordinal));
        Assert.Contains("<em>blameless review</em>", mine.InnerHtml);
        Assert.Contains("2027-02-28", mine.TextContent);
        Assert.Equal("Proposed", page.Text("#plan-status"));
        Assert.NotNull(page.QuerySelector("#agree-form"));

        var edit = $"{url}/actions/{mine.Id!["action-".Length..]}";
        var remove = (await manager.GetPageAsync(edit)).Form("#remove-form");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(remove, edit)).StatusCode);
        var removed = await manager.GetPageAsync(url);
        Assert.Equal(before, removed.QuerySelectorAll("#development-actions .plan-action").Length);
        Assert.DoesNotContain("blameless review", removed.Text("#development-actions"));

        // The person can neither add nor remove.
        var first = removed.QuerySelector("#development-actions .plan-action")!.Id!["action-".Length..];
        await person.GetPageAsync($"{url}/actions/{first}", HttpStatusCode.NotFound);
        var token = (await person.GetPageAsync(url)).Form("#comment-form").Fields().Where(f => f.Key == "__RequestVerificationToken");
        Assert.Equal(HttpStatusCode.NotFound, (await person.PostAsync($"{url}/actions/{first}?handler=Remove", new FormUrlEncodedContent(token))).StatusCode);
        Assert.Equal(before, (await manager.GetPageAsync(url)).QuerySelectorAll("#development-actions .plan-action").Length);
    }

    [Fact]
    public async Task The_team_action_moves_through_its_statuses_on_the_team_plan()
    {
        var manager = await fixture.SignedInAsync("Mia PlanManager");
        var url = $"/teams/{fixture.Team}/plan";
        var page = await manager.GetPageAsync(url);
        var select = page.QuerySelector("#team-needs tr[data-area=logic] select[id^=team-status-]")!;
        var form = (IHtmlFormElement)select.Closest("form")!;

        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(form, url, set: [new("status", "in-progress")])).StatusCode);

        var after = await manager.GetPageAsync(url);
        var selected = after.QuerySelector($"#{select.Id} option[selected]")!;
        Assert.Equal("in-progress", selected.GetAttribute("value"));
        var member = await fixture.SignedInAsync("Aoi Plan");
        await member.GetPageAsync(url, HttpStatusCode.NotFound);
    }
}
