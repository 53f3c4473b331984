using Microsoft.Playwright;

namespace SkillMap.Browser.Tests;

/// <summary>The header as a person uses it: a link inside a menu (team, administration, account) is reached by opening the menu first.</summary>
public static class HeaderNavigation
{
    public static async Task ClickNavAsync(this IPage page, string selector, string? hasText = null)
    {
        await OpenMenuOfAsync(page, selector);
        var link = hasText is null ? page.Locator(selector) : page.Locator(selector, new() { HasText = hasText });
        await link.ClickAsync();
    }

    /// <summary>Opens the header menu that holds <paramref name="selector"/>, if it is in one and closed.</summary>
    public static async Task OpenMenuOfAsync(IPage page, string selector)
    {
        // Locators only (no page script), so this works with JavaScript turned off too.
        var menus = page.Locator($"details.nav-menu:has({selector})");
        if (await menus.CountAsync() > 0 && !await page.Locator(selector).First.IsVisibleAsync())
        {
            await menus.First.Locator("summary").First.ClickAsync();
        }
    }
}
