using System.Data.Common;
using System.Diagnostics.Metrics;
using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Hosting;

/// <summary>
/// SkillMap's own instruments, in one place (meter <c>SkillMap</c>). Feature code takes this class
/// from DI and calls one method per event. Tags never carry ids, names or answers: only small,
/// fixed sets of words. Request rate and latency by route come from ASP.NET Core's own meter
/// (<c>http.server.request.duration</c>, tagged with the route template).
/// </summary>
public sealed partial class SkillMapMetrics
{
    public const string MeterName = "SkillMap";

    private const string CountedKey = "SkillMap.DatabaseErrorCounted";

    private readonly Counter<long> submissionsSaved;
    private readonly Counter<long> autosaveConflicts;
    private readonly Counter<long> submissionsRefused;
    private readonly Counter<long> databaseErrors;
    private readonly IServiceProvider services;

    public SkillMapMetrics(IMeterFactory meters, IServiceProvider services)
    {
        this.services = services;
        var meter = meters.Create(MeterName);
        submissionsSaved = meter.CreateCounter<long>("skillmap.submissions.saved", "{submission}",
            "Sheets saved with new answers (a repeated post that changes nothing is not counted).");
        autosaveConflicts = meter.CreateCounter<long>("skillmap.autosave.conflicts", "{conflict}",
            "Saves refused because the sheet had changed since the page was loaded (a late autosave, another tab or device).");
        submissionsRefused = meter.CreateCounter<long>("skillmap.submissions.refused", "{submission}",
            "Answer posts refused because the round had closed or the sheet is not the rater's.");
        databaseErrors = meter.CreateCounter<long>("skillmap.database.errors", "{error}",
            "Database calls that failed, by kind: contention (busy, locked, deadlock) or other.");
        meter.CreateObservableGauge("skillmap.rounds.open", OpenRounds, "{round}", "Rounds open for answers now.");
    }

    /// <summary>A sheet's answers were stored (<paramref name="autosave"/>: by the page's script rather than a button).</summary>
    public void SubmissionSaved(bool autosave = false) => submissionsSaved.Add(1, Mode(autosave));

    /// <summary>A save carried an old revision and was refused, so newer answers were kept.</summary>
    public void AutosaveConflict(bool autosave = true) => autosaveConflicts.Add(1, Mode(autosave));

    /// <summary>A save for a closed round or for a sheet that is not the rater's.</summary>
    public void SubmissionRefused(bool autosave = false) => submissionsRefused.Add(1, Mode(autosave));

    private static KeyValuePair<string, object?> Mode(bool autosave) => new("skillmap.save.mode", autosave ? "autosave" : "form");

    /// <summary>Counts a failed database call once, however many layers see the same exception.</summary>
    public void DatabaseError(DbException exception)
    {
        if (exception.Data.Contains(CountedKey))
        {
            return;
        }
        exception.Data[CountedKey] = true;
        databaseErrors.Add(1, new KeyValuePair<string, object?>("skillmap.error.kind", Dialect.IsContention(exception) ? "contention" : "other"));
    }

    /// <summary>Read from the database at each collection, so every instance reports the same number.</summary>
    private IEnumerable<Measurement<long>> OpenRounds()
    {
        try
        {
            // Observable callbacks are synchronous; this is one indexed count every collection interval.
            using var connection = services.GetRequiredService<Db>().OpenAsync().GetAwaiter().GetResult();
            return [new Measurement<long>(connection.ExecuteScalar<long>(Sql.OpenRounds))];
        }
        catch (DbException exception)
        {
            DatabaseError(exception);
            return [];
        }
    }

    internal static class Sql
    {
        public const string OpenRounds = """
            SELECT COUNT(*)
            FROM Round
            WHERE Status = 'open'
            """;
    }
}
