using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Security;

/// <summary>
/// Finds every endpoint that accepts a POST (each Razor Page handler, each mapped endpoint) and posts to
/// it without an antiforgery token as a signed-in admin, so a new form cannot forget the check.
/// </summary>
public sealed class AntiforgeryTests(SkillMapFactory app) : IClassFixture<SkillMapFactory>
{
    // The error page renders for a failed POST (re-executed as a POST) and changes nothing.
    private static readonly string[] MayIgnoreAntiforgery = ["/Errors/Error"];

    [Fact]
    public async Task Every_post_without_an_antiforgery_token_is_refused_with_400()
    {
        var client = app.CreateBrowserClient();
        var admin = await new TestOrganisation(app.Service<Db>()).ScalarAsync<string>("SELECT MIN(DisplayName) FROM Person WHERE Role = 'admin' AND IsDemo = 1");
        await client.SignInAsAsync(admin);

        var posts = await PostEndpointsAsync();
        var refused = new List<string>();
        foreach (var url in posts)
        {
            var response = await client.PostAsync(url, new FormUrlEncodedContent([new("Input.Email", "x@example.jp"), new("personId", "1")]));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                refused.Add($"{url}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(refused);
        Assert.Contains("/signin", posts);
        Assert.Contains("/setup", posts);
        Assert.Contains("/signout", posts);
        Assert.Contains("/demo/signin", posts);
        Assert.Contains("/account/reset", posts);
        Assert.Contains("/signin?handler=Oidc", posts);
        Assert.Contains(posts, p => p.StartsWith("/account/invitation/", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.StartsWith("/admin/people/", StringComparison.Ordinal));
    }

    private async Task<List<string>> PostEndpointsAsync()
    {
        var loader = app.Service<PageLoader>();
        var urls = new List<string>();
        foreach (var endpoint in app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var ignores = compiled.EndpointMetadata.OfType<IAntiforgeryMetadata>().Any(m => !m.RequiresValidation)
                    || compiled.FilterDescriptors.Any(f => f.Filter is Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute);
                var posts = compiled.HandlerMethods.Where(h => h.HttpMethod == "Post").ToList();
                if (ignores)
                {
                    Assert.True(MayIgnoreAntiforgery.Contains(page.ViewEnginePath), $"{page.ViewEnginePath} ignores antiforgery.");
                    continue;
                }
                urls.AddRange(posts.Select(h => Url(endpoint.RoutePattern) + (h.Name is null ? "" : "?handler=" + h.Name)));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods && methods.HttpMethods.Contains("POST"))
            {
                urls.Add(Url(endpoint.RoutePattern));
            }
        }
        return urls.Distinct().ToList();
    }

    /// <summary>A concrete address for a route: ids are 1, a purpose is a real one, a token is well-formed.</summary>
    private static string Url(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "purpose" } => "invitation",
            RoutePatternParameterPart { Name: "token" } => new string('A', 43),
            RoutePatternParameterPart parameter => parameter.IsOptional ? "" : "1",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        })))).TrimEnd('/');
}
