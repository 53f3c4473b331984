using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillMap.Web.Hosting;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Operations;

/// <summary>The metrics this instance has counted since it started, for admins who have no Prometheus or OTLP collector.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class MetricsModel(LocalMetrics metrics, TimeProvider clock) : PageModel
{
    public LocalMetrics.Snapshot Reading { get; private set; } = LocalMetrics.Snapshot.Empty;

    public DateTime ReadAt { get; private set; }

    public DateTime StartedAt { get; } = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();

    /// <summary>SkillMap's own instruments, in the order the page lists them, with their resource keys.</summary>
    public static readonly (string Instrument, string Label)[] Counters =
    [
        ("skillmap.rounds.open", "Metrics.RoundsOpen"),
        ("skillmap.submissions.saved", "Metrics.SubmissionsSaved"),
        ("skillmap.autosave.conflicts", "Metrics.AutosaveConflicts"),
        ("skillmap.submissions.refused", "Metrics.SubmissionsRefused"),
        ("skillmap.database.errors", "Metrics.DatabaseErrors"),
    ];

    public void OnGet()
    {
        ReadAt = clock.GetUtcNow().UtcDateTime;
        Reading = metrics.Read();
    }
}
