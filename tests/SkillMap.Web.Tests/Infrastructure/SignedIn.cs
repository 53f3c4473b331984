namespace SkillMap.Web.Tests.Infrastructure;

public static class SignedIn
{
    /// <summary>A cookie-keeping client signed in through the demo picker as this (demo-flagged) person.</summary>
    public static async Task<HttpClient> ClientAsAsync(this SkillMapFactory app, string displayName, string language = "en")
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync(displayName);
        return client;
    }

    /// <summary>The antiforgery token of any page the client can open (the layout's sign-out form carries one).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url = "/")
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }
}
