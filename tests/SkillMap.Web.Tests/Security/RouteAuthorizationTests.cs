using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Security;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Security;

/// <summary>
/// Two teams, A and B, each with a manager and a member, an open round and a unit belonging to B.
/// Every route of the app that takes an id is asked for B's resource by A's manager and A's member.
/// </summary>
public sealed class RouteAuthorizationFixture : IAsyncLifetime
{
    public SkillMapFactory App { get; } = new();

    public IReadOnlyDictionary<string, int> Forbidden { get; private set; } = new Dictionary<string, int>();

    /// <summary>Routes whose resource must be of a particular kind to exist at all (route → parameter → value).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Overrides { get; private set; } = new Dictionary<string, Dictionary<string, int>>();

    public async ValueTask InitializeAsync()
    {
        var org = new TestOrganisation(App.Service<Db>());
        var teamA = await org.TeamAsync("Route team A");
        var teamB = await org.TeamAsync("Route team B");
        await org.ManagerAsync(teamA, await org.PersonAsync("Route Manager A", null, role: "manager"));
        await org.ManagerAsync(teamB, await org.PersonAsync("Route Manager B", null, role: "manager"));
        await org.PersonAsync("Route Member A", teamA);
        var memberB = await org.PersonAsync("Route Member B", teamB);
        var model = await org.ModelAsync();
        var items = await org.ItemIdsAsync(model);
        var roundB = await org.RoundAsync(model, "open", teamB);
        var sheetB = await org.SheetAsync(roundB, "self", memberB, memberB, teamB, new Dictionary<int, int?> { [items["logic.a"]] = 3 });
        var unitB = await org.ScalarAsync<int>(
            App.Service<Db>().Engine == DatabaseEngine.Sqlite
                ? "INSERT INTO OrgUnit (Name, CreatedAt) VALUES ('Route unit B', @now) RETURNING Id"
                : "INSERT INTO OrgUnit (Name, CreatedAt) OUTPUT INSERTED.Id VALUES ('Route unit B', @now)",
            new { now = DateTime.UtcNow });
        await org.ExecuteAsync("UPDATE Team SET UnitId = @unitB WHERE Id = @teamB", new { unitB, teamB });
        // A draft model version for the model editor's routes (admins only: everyone else gets 404).
        var draft = await org.ModelAsync();
        await org.ExecuteAsync("UPDATE ModelVersion SET Status = 'draft', PublishedAt = NULL WHERE Id = @draft", new { draft });
        var draftVersion = await org.ScalarAsync<int>("SELECT Version FROM ModelVersion WHERE Id = @draft", new { draft });
        var draftItem = (await org.ItemIdsAsync(draft))["logic.a"];
        var now = DateTime.UtcNow;
        var planB = await org.ScalarAsync<int>(
            "INSERT INTO TrainingPlan (RoundId, PersonId, TeamId, Status, ProposedAt, UpdatedAt) VALUES (@roundB, @memberB, @teamB, 'proposed', @now, @now) RETURNING Id",
            new { roundB, memberB, teamB, now });
        var actionB = await org.ScalarAsync<int>(
            "INSERT INTO PlanAction (PlanId, Position, SkillItemId, ActionType, Reason, Basis, Status, UpdatedAt) VALUES (@planB, 1, @item, 'training', 'low-level', 'peers', 'planned', @now) RETURNING Id",
            new { planB, item = items["logic.a"], now });

        // Nomination pages exist only for a draft nomination round.
        var nominationB = await org.RoundAsync(model, "draft", teamB);
        await org.ExecuteAsync("UPDATE Round SET AssignmentMode = 'nomination' WHERE Id = @nominationB", new { nominationB });
        Overrides = new Dictionary<string, Dictionary<string, int>>
        {
            ["rounds/{roundId:int}/peers"] = new(StringComparer.OrdinalIgnoreCase) { ["roundId"] = nominationB },
        };

        // How to build a forbidden value for each route parameter that names a resource. A route with a
        // parameter missing here fails the test until someone says how to build one.
        Forbidden = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["teamId"] = teamB,
            ["personId"] = memberB,
            ["roundId"] = roundB,
            ["sheetId"] = sheetB,
            ["unitId"] = unitB,
            ["planId"] = planB,
            ["actionId"] = actionB,
            ["version"] = draftVersion,
            ["itemId"] = draftItem,
        };
    }

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class RouteAuthorizationTests(RouteAuthorizationFixture fixture) : IClassFixture<RouteAuthorizationFixture>
{
    /// <summary>
    /// Route parameters that are not resource ids: routes with only these are out of scope. A link token
    /// (/account/{purpose}/{token}) is itself the permission, checked by the account tests.
    /// </summary>
    private static readonly HashSet<string> NotIds = new(StringComparer.OrdinalIgnoreCase) { "code", "language", "purpose", "token" };

    private static readonly string[] Outsiders = ["Route Manager A", "Route Member A"];

    /// <summary>People who may see team B's things: at least one of them must get past the 404, or the id is not real.</summary>
    private static readonly string[] Insiders = ["山本 健一", "Route Manager B", "Route Member B"];

    private sealed record Probe(string Route, string Method, string Url);

    [Fact]
    public async Task Every_route_that_takes_an_id_answers_404_to_people_who_may_not_see_the_resource()
    {
        var (probes, problems) = await ProbesAsync();
        Assert.Empty(problems);
        // The enumeration must have found the routes we know of, or it tests nothing.
        var routes = probes.Select(p => p.Route).ToHashSet();
        Assert.Superset(new HashSet<string> { "teams/{teamId:int}", "rounds/{roundId:int}/self", "admin/teams/{teamId:int}", "admin/people/{personId:int}", "admin/people/{personId:int}/erase", "admin/teams/units/{unitId:int}" }, routes);

        var failures = new List<string>();
        foreach (var person in Outsiders)
        {
            var client = await fixture.App.ClientAsAsync(person);
            var token = await client.AntiforgeryTokenAsync();
            foreach (var probe in probes)
            {
                var response = probe.Method == HttpMethods.Get
                    ? await client.GetAsync(probe.Url)
                    : await client.PostAsync(probe.Url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{person}: {probe.Method} {probe.Url} answered {(int)response.StatusCode}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_forbidden_ids_are_real_someone_who_may_see_them_gets_the_page()
    {
        var (probes, problems) = await ProbesAsync();
        Assert.Empty(problems);
        var clients = new List<HttpClient>();
        foreach (var person in Insiders)
        {
            clients.Add(await fixture.App.ClientAsAsync(person));
        }
        var unseen = new List<string>();
        foreach (var probe in probes.Where(p => p.Method == HttpMethods.Get && !p.Url.Contains("handler=", StringComparison.Ordinal)))
        {
            var seen = false;
            foreach (var client in clients)
            {
                seen |= (await client.GetAsync(probe.Url)).StatusCode != HttpStatusCode.NotFound;
            }
            if (!seen)
            {
                unseen.Add(probe.Url);
            }
        }
        Assert.Empty(unseen);
    }

    [Fact]
    public async Task Every_admin_page_answers_404_to_managers_and_members_and_opens_for_an_admin()
    {
        var services = fixture.App.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var urls = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            if (compiled.EndpointMetadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.Admin))
            {
                urls.Add(Url(endpoint.RoutePattern));
            }
        }
        // The enumeration found the admin pages we know of, the hub included.
        Assert.Superset(new HashSet<string> { "/admin", "/admin/audit", "/admin/metrics", "/admin/model", "/admin/organisation/import", "/reports/organisation" }, urls.ToHashSet());

        var failures = new List<string>();
        foreach (var person in Outsiders)
        {
            var client = await fixture.App.ClientAsAsync(person);
            foreach (var url in urls)
            {
                if ((await client.GetAsync(url)).StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{person}: GET {url}");
                }
            }
        }
        Assert.Empty(failures);
        var admin = await fixture.App.ClientAsAsync("山本 健一");
        var hub = await admin.GetPageAsync("/admin");
        Assert.Equal(7, hub.QuerySelectorAll("#admin-areas > li").Length);
        foreach (var link in hub.QuerySelectorAll("#admin-areas a").Select(a => a.GetAttribute("href")!))
        {
            Assert.Equal((link, HttpStatusCode.OK), (link, (await admin.GetAsync(link)).StatusCode));
        }
    }

    /// <summary>Every (route, method, handler) the app has for routes with an id, with B's ids filled in.</summary>
    private async Task<(List<Probe> Probes, List<string> Problems)> ProbesAsync()
    {
        var services = fixture.App.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var probes = new List<Probe>();
        var problems = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var names = pattern.Parameters.Select(p => p.Name).ToList();
            if (names.All(NotIds.Contains))
            {
                continue;
            }
            var unknown = names.Where(n => !NotIds.Contains(n) && !fixture.Forbidden.ContainsKey(n)).ToList();
            if (unknown.Count > 0)
            {
                problems.Add($"Route /{pattern.RawText} has parameter(s) {string.Join(", ", unknown)}: add how to build a forbidden value in RouteAuthorizationFixture.Forbidden.");
                continue;
            }
            var url = Url(pattern);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    var method = handler.HttpMethod.Equals("get", StringComparison.OrdinalIgnoreCase) ? HttpMethods.Get : HttpMethods.Post;
                    probes.Add(new Probe(pattern.RawText!, method, handler.Name is null ? url : $"{url}?handler={handler.Name}"));
                }
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
                {
                    probes.Add(new Probe(pattern.RawText!, method, url));
                }
            }
        }
        return (probes, problems);
    }

    private int? Value(RoutePattern pattern, string name) =>
        fixture.Overrides.TryGetValue(pattern.RawText!, out var special) && special.TryGetValue(name, out var value) ? value
        : fixture.Forbidden.TryGetValue(name, out var id) ? id
        : null;

    private string Url(RoutePattern pattern) =>
        string.Concat(pattern.PathSegments.Select(segment => "/" + string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Value(pattern, parameter.Name) is { } id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            _ => "",
        }))));
}
