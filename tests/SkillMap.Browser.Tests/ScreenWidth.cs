using Microsoft.Playwright;

namespace SkillMap.Browser.Tests;

/// <summary>A page fits the screen it is shown on: nothing makes it scroll sideways (a phone, a narrowed window).</summary>
public static class ScreenWidth
{
    // The first few elements that reach past the right edge, outside the regions meant to scroll
    // sideways (wide tables); empty when the page is no wider than the window.
    private const string WiderThanScreen = """
        () => document.documentElement.scrollWidth <= window.innerWidth + 1 ? '' :
          ([...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll'))
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
            .join(', ') || 'the page is ' + document.documentElement.scrollWidth + ' px wide')
        """;

    /// <summary>Fails naming what sticks out when the page is wider than the window.</summary>
    public static async Task AssertFitsScreenAsync(this IPage page, string what)
    {
        var wider = await page.EvaluateAsync<string>(WiderThanScreen);
        Assert.True(wider.Length == 0, $"{what} is wider than the {page.ViewportSize?.Width} px screen: {wider}");
    }
}
