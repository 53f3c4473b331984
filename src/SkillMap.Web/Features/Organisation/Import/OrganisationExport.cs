using Dapper;
using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Import;

/// <summary>The organisation in the import's own shape: every active person, by team and then by reading.</summary>
public sealed class OrganisationExport(Db db, AuditLog audit, CurrentPerson me)
{
    public async Task<(byte[] Content, int People)> ExportAsync(CancellationToken cancellationToken = default)
    {
        OrganisationSnapshot org;
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            org = await OrganisationImport.SnapshotAsync(connection, null);
        }
        var tree = new UnitTree(org.Units);
        var teams = org.Teams.ToDictionary(t => t.Id);
        var rows = org.People
            .Where(p => !p.Deactivated)
            .Select(p => (Person: p, Team: p.TeamId is { } id && teams.TryGetValue(id, out var team) ? team : null))
            .OrderBy(x => x.Team?.Name ?? "\uffff", NameOrder.Instance)
            .ThenBy(x => NameOrder.Key(x.Person.DisplayName, x.Person.NameReading), NameOrder.Instance)
            .Select(x => (IReadOnlyList<string?>)
            [
                x.Person.Email,
                x.Person.EmployeeNumber,
                x.Person.DisplayName,
                x.Person.NameReading,
                x.Team?.Name,
                x.Team is null ? "" : UnitTree.Join(tree.PathOf(x.Team.UnitId)),
                x.Person.Role,
                x.Person.Language,
                string.Join(";", x.Person.ManagedTeamIds.Where(teams.ContainsKey).Select(id => teams[id]).Where(t => !t.Archived)
                    .Select(t => t.Name).Order(NameOrder.Instance)),
            ])
            .ToList();
        var content = OrganisationCsv.Write(rows);
        await audit.RecordAsync(new AuditLog.Entry(AuditAction.OrganisationExported, me.Id, null, null, $"{rows.Count} people"), cancellationToken);
        return (content, rows.Count);
    }
}
