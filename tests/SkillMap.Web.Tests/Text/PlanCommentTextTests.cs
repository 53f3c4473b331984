using System.Net;
using SkillMap.Web.Tests.Features.Plans;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Text;

/// <summary>The plan comment, a free-text field: 1,000 characters as a person counts them, emoji included; hostile text stays text.</summary>
public sealed class PlanCommentTextTests(PlanFixture fixture) : IClassFixture<PlanFixture>
{
    private async Task<(HttpResponseMessage Response, string Page)> CommentAsync(string body)
    {
        var client = await fixture.SignedInAsync("Aoi Plan");
        var plan = await fixture.PlanOfAsync(fixture.Aoi);
        var page = await client.GetPageAsync($"/plans/{plan}");
        var response = await client.SubmitAsync(page.Form("#comment-form"), $"/plans/{plan}?handler=Comment", [new("Comment.Body", body)]);
        return (response, await (await client.GetAsync($"/plans/{plan}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_comment_of_a_thousand_emoji_is_kept_and_one_more_is_refused_with_a_message()
    {
        var thousand = string.Concat(Enumerable.Repeat("👍🏽", 999)) + "了";

        var (kept, _) = await CommentAsync(thousand);
        var (refused, _) = await CommentAsync(thousand + "!");

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(1, await fixture.Org.ScalarAsync<long>("SELECT COUNT(*) FROM PlanComment WHERE Body = @thousand", new { thousand }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("A comment can be at most 1,000 characters.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_hostile_comment_comes_back_as_text()
    {
        const string hostile = "<img src=x onerror=alert(1)><script>alert(1)</script>'; DROP TABLE PlanComment;-- =HYPERLINK(\"https://evil.example\")";

        var (_, html) = await CommentAsync(hostile);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Contains(page.QuerySelectorAll(".comment-body"), c => c.TextContent == hostile);
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.All(page.Scripts, s => Assert.True(s.Source is { Length: > 0 } || s.Type == "application/json", s.OuterHtml));
    }
}
