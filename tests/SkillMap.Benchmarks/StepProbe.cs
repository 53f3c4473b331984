using System.Diagnostics;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Features.Reports;
using SkillMap.Web.Features.Reports.Team;
using SkillMap.Web.Features.Teams;
using SkillMap.Web.Security;

namespace SkillMap.Benchmarks;

/// <summary>Where a team dashboard request spends its time, step by step (a diagnostic, not a target).</summary>
public static class StepProbe
{
    public static async Task RunAsync(BenchmarkDatabase database)
    {
        await using var probe = await database.Db.OpenAsync();
        var teams = (await probe.QueryAsync<(long Team, long Manager)>("SELECT TeamId, MIN(PersonId) FROM TeamManager GROUP BY TeamId ORDER BY TeamId")).Take(60).ToList();
        await using var host = new BenchmarkHost(database.Path);
        var steps = new Dictionary<string, List<double>>();
        void Add(string name, long start) => (steps.TryGetValue(name, out var l) ? l : steps[name] = []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        for (var i = 0; i < 600; i++)
        {
            var (team, manager) = teams[i % teams.Count];
            var client = host.ClientFor((int)manager, "manager");
            var t0 = Stopwatch.GetTimestamp();
            using (var response = await client.GetAsync($"/teams/{team}"))
            {
                await response.Content.ReadAsByteArrayAsync();
            }
            Add("whole page", t0);
            t0 = Stopwatch.GetTimestamp();
            using (var response = await client.GetAsync("/healthz"))
            {
                await response.Content.ReadAsByteArrayAsync();
            }
            Add("healthz", t0);
            t0 = Stopwatch.GetTimestamp();
            using (var response = await client.GetAsync($"/teams/{team}/operations"))
            {
                await response.Content.ReadAsByteArrayAsync();
            }
            Add("operations page", t0);
            using var scope = host.Services.CreateScope();
            var s = scope.ServiceProvider;
            var accessor = s.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext { User = CurrentPerson.Principal((int)manager, "m", "manager", "bench"), RequestServices = s };
            t0 = Stopwatch.GetTimestamp();
            await s.GetRequiredService<TeamAccess>().CanViewAsync((int)team);
            Add("TeamAccess.CanView", t0);
            t0 = Stopwatch.GetTimestamp();
            await s.GetRequiredService<TeamProfileQuery>().LoadAsync((int)team, (int)manager);
            Add("TeamProfileQuery", t0);
            t0 = Stopwatch.GetTimestamp();
            var rounds = await s.GetRequiredService<TeamDashboardQuery>().RoundsAsync((int)team);
            Add("Rounds", t0);
            t0 = Stopwatch.GetTimestamp();
            await s.GetRequiredService<ReportAccess>().ManagesTeamAsync((int)team);
            Add("ManagesTeam", t0);
            t0 = Stopwatch.GetTimestamp();
            var data = await s.GetRequiredService<TeamDashboardQuery>().LoadAsync((int)team, rounds[0], rounds[1], true, "2000-01", "2999-12");
            Add("Dashboard data", t0);
            var items = await s.GetRequiredService<SkillMap.Web.Features.SkillModel.ModelItems>().ForVersionAsync(rounds[0].ModelVersionId);
            var t = s.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SkillMap.Web.Strings>>();
            t0 = Stopwatch.GetTimestamp();
            var dashboard = TeamDashboard.Build(new TeamDashboard.Inputs(rounds[0], rounds[1], data, items, new SkillMap.Core.Scoring.StageProfile(new Dictionary<SkillMap.Core.SkillModel.Stage, double?>()), false, true, "ja"), t);
            Add("Build", t0);
            t0 = Stopwatch.GetTimestamp();
            foreach (var chart in new[] { dashboard.Stages, dashboard.Balance, dashboard.Distribution, dashboard.Quadrant! })
            {
                chart.ToJson();
            }
            Add("ToJson x4", t0);
            t0 = Stopwatch.GetTimestamp();
            foreach (var chart in new[] { dashboard.Stages, dashboard.Balance, dashboard.Distribution, dashboard.Quadrant! })
            {
                SkillMap.Web.Features.Reports.Charts.ChartSummary.For(chart, t);
            }
            Add("Summaries x4", t0);
        }
        foreach (var (name, samples) in steps)
        {
            samples.Sort();
            Console.WriteLine($"{name,-24} p50 {samples[samples.Count / 2],8:0.000} ms  p95 {samples[(int)(samples.Count * 0.95)],8:0.000} ms");
        }
    }
}
