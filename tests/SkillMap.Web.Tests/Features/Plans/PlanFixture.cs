using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Plans;

/// <summary>
/// A team with exactly known results. Aoi and Dan are rated by three peers; Ben by only two, who both
/// gave 1s that must never show or steer his plan; his manager rated him. Cho has only his own answers.
/// Team answers about outcomes exist and must never enter a personal plan.
/// </summary>
public sealed class PlanFixture : IAsyncLifetime
{
    public SkillMapFactory App { get; } = new();
    public TestOrganisation Org { get; private set; } = null!;
    public int Team { get; private set; }
    public int OtherTeam { get; private set; }
    public int Round { get; private set; }
    public int Aoi { get; private set; }
    public int Ben { get; private set; }
    public int Cho { get; private set; }
    public int Dan { get; private set; }
    public int Mia { get; private set; }
    public Dictionary<string, int> Items { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Org = new TestOrganisation(App.Service<Db>());
        var model = await Org.ModelAsync();
        Items = await Org.ItemIdsAsync(model);
        Team = await Org.TeamAsync("Plan Team");
        OtherTeam = await Org.TeamAsync("Other Plan Team");
        Aoi = await Org.PersonAsync("Aoi Plan", Team);
        Ben = await Org.PersonAsync("Ben Plan", Team);
        Cho = await Org.PersonAsync("Cho Plan", Team);
        Dan = await Org.PersonAsync("Dan Plan", Team);
        Mia = await Org.PersonAsync("Mia PlanManager", null, role: "manager");
        await Org.ManagerAsync(Team, Mia);
        await Org.PersonAsync("Oscar Outsider", OtherTeam);

        Round = await Org.RoundAsync(model, "open", Team);
        Dictionary<int, int?> Scores(int? logicA, int? logicB, int? abstraction, int? mindset, int? conduct) => new()
        {
            [Items["logic.a"]] = logicA, [Items["logic.b"]] = logicB, [Items["abstraction.a"]] = abstraction,
            [Items["mindset.a"]] = mindset, [Items["conduct.a"]] = conduct,
        };
        await Org.SheetAsync(Round, "self", Aoi, Aoi, Team, Scores(2, 4, 5, 5, 4));
        await Org.SheetAsync(Round, "self", Ben, Ben, Team, Scores(4, 4, 4, 4, 4));
        await Org.SheetAsync(Round, "self", Cho, Cho, Team, Scores(3, 3, 3, 3, 3));
        await Org.SheetAsync(Round, "self", Dan, Dan, Team, Scores(2, 2, 4, 4, 4));
        foreach (var (peer, conduct) in new[] { (Ben, 4), (Cho, 4), (Dan, 5) })
        {
            await Org.SheetAsync(Round, "peer", peer, Aoi, Team, Scores(2, 4, 5, 3, conduct));
        }
        foreach (var peer in new[] { Aoi, Cho })
        {
            await Org.SheetAsync(Round, "peer", peer, Ben, Team, Scores(1, 1, 1, 1, 1));
        }
        foreach (var peer in new[] { Aoi, Ben, Cho })
        {
            await Org.SheetAsync(Round, "peer", peer, Dan, Team, Scores(2, 2, 4, 4, 4));
        }
        await Org.SheetAsync(Round, "manager", Mia, Ben, Team, Scores(3, 2, 4, 5, 3));
        foreach (var member in new[] { Aoi, Ben, Cho, Dan })
        {
            await Org.SheetAsync(Round, "team", member, null, Team, new Dictionary<int, int?> { [Items["outcome.a"]] = 1, [Items["outcome.b"]] = 1 });
        }
        await App.InScopeAsync(s => s.GetRequiredService<RoundCloser>().CloseAsync(Round));
        await Org.ExecuteAsync("INSERT INTO ResultRelease (RoundId, RateeId, ReleasedAt) SELECT @Round, Id, @Now FROM Person WHERE DisplayName LIKE '% Plan'", new { Round, Now = DateTime.UtcNow });
    }

    public async Task<int> PlanOfAsync(int personId) =>
        (int)await Org.ScalarAsync<long>("SELECT Id FROM TrainingPlan WHERE RoundId = @Round AND PersonId = @personId", new { Round, personId });

    public async Task<HttpClient> SignedInAsync(string person, string language = "en")
    {
        var client = App.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsAsync(person);
        return client;
    }

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }
}
