using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features;

public sealed class IndexModel(HomeQuery home, CurrentPerson me, IOptions<DemoOptions> demo) : PageModel
{
    public IReadOnlyList<HomeQuery.OpenRound> OpenRounds { get; private set; } = [];

    public bool SignedIn => me.IsSignedIn;

    public bool Demo => demo.Value.Enabled;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (me.IsSignedIn)
        {
            OpenRounds = await home.OpenRoundsAsync(me.Id, cancellationToken);
        }
    }
}
