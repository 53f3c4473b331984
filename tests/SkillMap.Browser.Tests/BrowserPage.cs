using Microsoft.Playwright;

namespace SkillMap.Browser.Tests;

/// <summary>A page that records what a test must check on every screen: requests to other origins and console errors.</summary>
public sealed class BrowserPage
{
    public BrowserPage(IPage page, string baseAddress)
    {
        Page = page;
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseAddress, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                ForeignRequests.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
    }

    public IPage Page { get; }

    public List<string> ForeignRequests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public void AssertCleanRun()
    {
        Assert.Empty(ForeignRequests);
        Assert.True(ConsoleErrors.Count == 0, string.Join("\n", ConsoleErrors));
    }
}
