using System.Security.Cryptography;
using System.Text;

namespace SkillMap.Core.Organisation.Import;

/// <summary>
/// Turns the lines of an organisation CSV into what applying them would do, against the organisation
/// as it stands. An empty cell keeps what a person has (a new person gets the default); `manages`,
/// when given, is the full list of teams the person manages. Every problem is reported with its line
/// and column; a file with any problem changes nothing.
/// </summary>
public static class ImportPlanner
{
    public static ImportPlan Plan(IReadOnlyList<ImportRow> rows, OrganisationSnapshot org, int actorId, string defaultLanguage)
    {
        var state = new PlanningState(org);
        var people = new List<PersonPlan>();
        foreach (var row in rows)
        {
            if (state.PlanRow(row, actorId, defaultLanguage) is { } planned)
            {
                people.Add(planned);
            }
        }
        state.CheckAdminsRemain(people, org);
        var (teams, units) = state.PlanTeamsAndUnits();
        var plan = new ImportPlan
        {
            Problems = state.Problems.OrderBy(p => p.Line).ThenBy(p => Array.IndexOf(ImportColumns.All, p.Column)).ToList(),
            People = people,
            Teams = teams,
            NewUnits = units,
        };
        return plan with { Fingerprint = Fingerprint(plan) };
    }

    /// <summary>A digest of every change, so applying can refuse when the organisation moved since the preview.</summary>
    private static string Fingerprint(ImportPlan plan)
    {
        var text = new StringBuilder();
        foreach (var p in plan.People)
        {
            text.Append(p.Line).Append('|').Append(p.Kind).Append('|').Append(p.PersonId).Append('|').Append(p.Email).Append('|')
                .Append(p.JoinTeam).Append('|').Append(p.Manages is null ? "~" : string.Join(";", p.Manages)).Append('\n');
            foreach (var c in p.Changes)
            {
                text.Append(c.Field).Append('=').Append(c.Old).Append('>').Append(c.New).Append('\n');
            }
        }
        foreach (var t in plan.Teams)
        {
            text.Append("team|").Append(t.Name).Append('|').Append(t.ExistingId).Append('|')
                .Append(t.UnitPath is null ? "~" : UnitTree.Join(t.UnitPath)).Append('\n');
        }
        foreach (var u in plan.NewUnits)
        {
            text.Append("unit|").Append(UnitTree.Join(u)).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
