using System.Net;

namespace SkillMap.Web.Tests.Infrastructure;

public static class DemoSignIn
{
    /// <summary>
    /// Signs in through the demo picker as the demo person with this display name. Signing in applies
    /// the person's stored language; unless <paramref name="useStoredLanguage"/>, the helper then picks
    /// the client's Accept-Language with the switch, as a person would, so a test reads the pages in
    /// the language it asked for.
    /// </summary>
    public static async Task SignInAsAsync(this HttpClient client, string displayName, bool useStoredLanguage = false)
    {
        var page = await client.GetPageAsync("/demo/signin");
        var button = page.QuerySelectorAll("button.demo-person").FirstOrDefault(b => b.TextContent.Contains(displayName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{displayName} is not on the demo sign-in page.");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)button.Closest("form")!;
        var response = await client.SubmitAsync(form, "/demo/signin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var asked = client.DefaultRequestHeaders.AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value?.Split('-')[0];
        if (!useStoredLanguage && asked is "ja" or "en")
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/language/{asked}")).StatusCode);
        }
    }
}
