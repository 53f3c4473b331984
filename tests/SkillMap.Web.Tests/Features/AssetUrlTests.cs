using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using SkillMap.Web.Tests.Features.Survey;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features;

/// <summary>
/// A page links SkillMap's own style sheet and scripts with a version taken from their content, so a
/// browser keeps them until they change and never runs yesterday's script against today's page.
/// </summary>
public sealed class AssetUrlTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    [Fact]
    public async Task The_rating_page_links_its_style_sheet_and_scripts_by_content_version_and_each_address_serves_its_file()
    {
        var client = await app.ClientAsAsync("Daniel Park");
        var page = await client.GetPageAsync($"/surveys/{await app.SheetIdAsync("Daniel Park", "self")}");

        var addresses = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();

        Assert.Contains(addresses, a => a.StartsWith("/css/site.css?v=", StringComparison.Ordinal));
        Assert.Contains(addresses, a => a.StartsWith("/js/nav.js?v=", StringComparison.Ordinal));
        Assert.Contains(addresses, a => a.StartsWith("/js/survey.js?v=", StringComparison.Ordinal));
        foreach (var address in addresses)
        {
            var path = address[..address.IndexOf('?')];
            var bytes = await File.ReadAllBytesAsync(RepoPaths.Combine("wwwroot", path.TrimStart('/')));
            var version = QueryHelpers.ParseQuery(address[address.IndexOf('?')..])["v"].ToString();
            Assert.Equal(WebEncoders.Base64UrlEncode(SHA256.HashData(bytes)), version);
            using var response = await client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        }
    }
}
