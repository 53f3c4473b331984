using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Plans;

public sealed class PlanPageTests(PlanFixture fixture) : IClassFixture<PlanFixture>
{
    [Fact]
    public async Task Only_the_person_their_managers_and_admins_can_open_a_plan()
    {
        var planId = await fixture.PlanOfAsync(fixture.Aoi);

        var outsider = await fixture.SignedInAsync("Oscar Outsider");
        await outsider.GetPageAsync($"/plans/{planId}", HttpStatusCode.NotFound);
        var peer = await fixture.SignedInAsync("Ben Plan");
        await peer.GetPageAsync($"/plans/{planId}", HttpStatusCode.NotFound);
        await peer.GetPageAsync($"/plans/{planId}/actions", HttpStatusCode.NotFound);
        await peer.GetPageAsync($"/teams/{fixture.Team}/plan", HttpStatusCode.NotFound);

        var own = await fixture.SignedInAsync("Aoi Plan");
        var page = await own.GetPageAsync($"/plans/{planId}");
        Assert.Equal(5, page.QuerySelectorAll(".plan-action").Length);
        Assert.Null(page.QuerySelector("#add-action"));
        await own.GetPageAsync($"/plans/{planId}/actions", HttpStatusCode.NotFound);

        var manager = await fixture.SignedInAsync("Mia PlanManager");
        Assert.NotNull((await manager.GetPageAsync($"/plans/{planId}")).QuerySelector("#add-action"));
        var admin = await fixture.SignedInAsync("山本 健一");
        await admin.GetPageAsync($"/plans/{planId}");
    }

    [Fact]
    public async Task A_person_sees_their_plan_only_once_their_results_are_released()
    {
        var planId = await fixture.PlanOfAsync(fixture.Cho);
        await fixture.Org.ExecuteAsync("DELETE FROM ResultRelease WHERE RoundId = @Round AND RateeId = @Cho", new { fixture.Round, fixture.Cho });
        var person = await fixture.SignedInAsync("Cho Plan");

        await person.GetPageAsync($"/plans/{planId}", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync($"/plans/export?round={fixture.Round}&person={fixture.Cho}&format=json")).StatusCode);
        Assert.NotNull((await person.GetPageAsync("/plans")).QuerySelector("#no-own-plans"));

        await fixture.Org.ExecuteAsync("INSERT INTO ResultRelease (RoundId, RateeId, ReleasedAt) VALUES (@Round, @Cho, @Now)", new { fixture.Round, fixture.Cho, Now = DateTime.UtcNow });
        await person.GetPageAsync($"/plans/{planId}");
    }

    [Fact]
    public async Task A_plan_from_manager_and_self_says_so_and_shows_no_peer_value()
    {
        var planId = await fixture.PlanOfAsync(fixture.Ben);
        var manager = await fixture.SignedInAsync("Mia PlanManager");

        var response = await manager.GetAsync($"/plans/{planId}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);

        Assert.NotNull(page.QuerySelector("#basis-note"));
        Assert.DoesNotContain("Peers 1.0", html);
        Assert.Contains("Manager 2.0", page.Text("#development-actions"));
    }

    [Fact]
    public async Task A_manager_rewords_an_action_in_Markdown_the_person_agrees_and_the_manager_approves()
    {
        var planId = await fixture.PlanOfAsync(fixture.Dan);
        var manager = await fixture.SignedInAsync("Mia PlanManager");
        var plan = await manager.GetPageAsync($"/plans/{planId}");
        var edit = plan.QuerySelector("[id^=edit-action-]")!.GetAttribute("href")!;

        var form = (await manager.GetPageAsync(edit)).Form("#action-form");
        var saved = await manager.SubmitAsync(form, edit, set:
        [
            new("Input.Body", "Pair with Aoi on the next **change review**. [notes](javascript:alert(1))"),
            new("Input.OwnerId", fixture.Aoi.ToString()),
            new("Input.DueDate", "2027-01-31"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await manager.GetPageAsync($"/plans/{planId}");
        var first = after.QuerySelector("#development-actions .plan-action")!;
        Assert.Contains("<strong>change review</strong>", first.InnerHtml);
        Assert.DoesNotContain("javascript:", first.InnerHtml);
        Assert.Contains("Aoi Plan", first.TextContent);
        Assert.Contains("2027-01-31", first.TextContent);
        Assert.Null(after.QuerySelector("#approve-plan"));

        var person = await fixture.SignedInAsync("Dan Plan");
        var agree = (await person.GetPageAsync($"/plans/{planId}")).Form("#agree-form");
        Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitAsync(agree, $"/plans/{planId}")).StatusCode);

        var approve = (await manager.GetPageAsync($"/plans/{planId}")).Form("#approve-form");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitAsync(approve, $"/plans/{planId}")).StatusCode);
        var approved = await person.GetPageAsync($"/plans/{planId}");
        Assert.Equal("Approved", approved.Text("#plan-status"));
        Assert.Equal(1, await fixture.Org.ScalarAsync<long>(
            "SELECT COUNT(*) FROM AuditEntry WHERE Action = 'plan.approved' AND TargetType = 'plan' AND TargetId = @planId", new { planId }));
    }

    [Theory]
    [InlineData("en", "Status", "Change status")]
    [InlineData("ja", "状況", "状況を変更")]
    public async Task An_action_says_its_status_once_and_the_picker_says_it_changes_it(string language, string fact, string picker)
    {
        var planId = await fixture.PlanOfAsync(fixture.Aoi);
        var person = await fixture.SignedInAsync("Aoi Plan", language);
        var page = await person.GetPageAsync($"/plans/{planId}");

        var action = page.QuerySelector(".plan-action")!;
        var select = action.QuerySelector(".status-form select")!;
        var label = action.QuerySelector($"label[for='{select.Id}']")!;
        Assert.Equal(fact, action.QuerySelector(".plan-facts .action-status")!.PreviousElementSibling!.TextContent.Trim());
        Assert.Equal(picker, label.TextContent.Trim());
        Assert.NotEqual(fact, label.TextContent.Trim());
    }

    [Fact]
    public async Task The_person_cannot_approve_and_bad_input_changes_nothing()
    {
        var planId = await fixture.PlanOfAsync(fixture.Aoi);
        var person = await fixture.SignedInAsync("Aoi Plan");
        var page = await person.GetPageAsync($"/plans/{planId}");
        var statusForm = (IHtmlFormElement)page.QuerySelector(".status-form")!;

        var bad = await person.SubmitAsync(statusForm, $"/plans/{planId}", set: [new("status", "finished")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull((await Html.ParseAsync(bad)).QuerySelector(".validation-summary li"));

        // The approve handler exists, but not for the plan's own person.
        var agreeForm = page.Form("#agree-form");
        var approve = await person.PostAsync($"/plans/{planId}?handler=Approve", new FormUrlEncodedContent(agreeForm.Fields()));
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal("proposed", await fixture.Org.ScalarAsync<string>("SELECT Status FROM TrainingPlan WHERE Id = @planId", new { planId }));

        var manager = await fixture.SignedInAsync("Mia PlanManager");
        var edit = (await manager.GetPageAsync($"/plans/{planId}/actions")).Form("#action-form");
        var refused = await manager.SubmitAsync(edit, $"/plans/{planId}/actions", set: [new("Input.ActionType", "team"), new("Input.DueDate", "1800-01-01")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(5, await fixture.Org.ScalarAsync<long>("SELECT COUNT(*) FROM PlanAction WHERE PlanId = @planId", new { planId }));
    }

    [Fact]
    public async Task The_team_plan_counts_shared_needs_and_names_a_workshop()
    {
        var manager = await fixture.SignedInAsync("Mia PlanManager");
        var page = await manager.GetPageAsync($"/teams/{fixture.Team}/plan");

        var logic = page.QuerySelector("#team-needs tr[data-area=logic]")!;
        Assert.Equal("true", logic.GetAttribute("data-team-action"));
        Assert.Contains("2 of 3", logic.TextContent);
        Assert.Contains("Ben Plan", logic.TextContent);
        Assert.Contains("Dan Plan", logic.TextContent);
        Assert.DoesNotContain("Cho Plan", logic.TextContent);
    }
}
