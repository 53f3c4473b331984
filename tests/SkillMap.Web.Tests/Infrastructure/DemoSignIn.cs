using System.Net;

namespace SkillMap.Web.Tests.Infrastructure;

public static class DemoSignIn
{
    /// <summary>Signs in through the demo picker as the demo person with this display name.</summary>
    public static async Task SignInAsAsync(this HttpClient client, string displayName)
    {
        var page = await client.GetPageAsync("/demo/signin");
        var button = page.QuerySelectorAll("button.demo-person").FirstOrDefault(b => b.TextContent.Contains(displayName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{displayName} is not on the demo sign-in page.");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)button.Closest("form")!;
        var response = await client.SubmitAsync(form, "/demo/signin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
