using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Core.People;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Features.Organisation.People;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Import;

/// <summary>
/// Previews and applies an organisation CSV. Applying plans again inside the write transaction and
/// refuses when the plan differs from the one previewed; then every change lands, or none.
/// </summary>
public sealed partial class OrganisationImport(Db db, AuditLog audit, CurrentPerson me, TimeProvider clock, IConfiguration configuration, IOptions<DemoOptions> demo)
{
    public enum Outcome
    {
        Applied,
        Invalid,
        ChangedSincePreview,
    }

    private string DefaultLanguage => configuration["Organization:DefaultLanguage"] is "en" ? "en" : "ja";

    public async Task<ImportPlan> PreviewAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var snapshot = await SnapshotAsync(connection, null);
        return ImportPlanner.Plan(rows, snapshot, me.Id, DefaultLanguage);
    }

    public Task<(Outcome Outcome, ImportPlan Plan)> ApplyAsync(IReadOnlyList<ImportRow> rows, string previewed, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (c, t) =>
        {
            var plan = ImportPlanner.Plan(rows, await SnapshotAsync(c, t), me.Id, DefaultLanguage);
            if (plan.HasErrors)
            {
                return (Outcome.Invalid, plan);
            }
            if (plan.Fingerprint != previewed)
            {
                return (Outcome.ChangedSincePreview, plan);
            }
            await new Applying(audit, me.Id, clock.GetUtcNow().UtcDateTime, db.Dialect, demo.Value.Enabled, c, t).RunAsync(plan);
            return (Outcome.Applied, plan);
        }, cancellationToken);

    internal static async Task<OrganisationSnapshot> SnapshotAsync(DbConnection c, DbTransaction? t)
    {
        using var results = await c.QueryMultipleAsync(Sql.Snapshot, transaction: t);
        var people = (await results.ReadAsync<PersonRow>()).DistinctBy(p => p.Id).ToList();
        var teams = (await results.ReadAsync<TeamRow>()).Select(x => new ExistingTeam { Id = x.Id, Name = x.Name, UnitId = x.UnitId, Archived = x.ArchivedAt is not null }).ToList();
        var units = (await results.ReadAsync<Teams.TeamQueries.UnitRow>()).Select(u => u.ToExisting()).ToList();
        var managed = (await results.ReadAsync<ManagerRow>()).ToLookup(m => m.PersonId, m => m.TeamId);
        return new OrganisationSnapshot(
            people.Select(p => new ExistingPerson
            {
                Id = p.Id,
                Email = p.Email,
                DisplayName = p.DisplayName,
                NameReading = p.NameReading,
                EmployeeNumber = p.EmployeeNumber,
                Role = p.Role,
                Language = p.Language,
                Deactivated = p.DeactivatedAt is not null,
                TeamId = p.TeamId,
                ManagedTeamIds = managed[p.Id].ToList(),
            }).ToList(),
            teams,
            units);
    }

    /// <summary>One apply, inside one transaction: units, then teams, then people.</summary>
    private sealed class Applying(AuditLog audit, int actorId, DateTime now, Dialect dialect, bool demo, DbConnection c, DbTransaction t)
    {
        private readonly Dictionary<string, int> unitIds = [];
        private readonly Dictionary<string, int> teamIds = [];

        private static string PathKey(IEnumerable<string> path) => string.Join("\u001f", path.Select(UnitTree.Key));

        public async Task RunAsync(ImportPlan plan)
        {
            var snapshot = await SnapshotAsync(c, t);
            var tree = new UnitTree(snapshot.Units);
            foreach (var path in plan.NewUnits)
            {
                var parent = path.Count > 1 ? UnitId(tree, path.Take(path.Count - 1).ToList()) : (int?)null;
                var id = await c.ExecuteScalarAsync<int>(dialect.Pick(Teams.UnitCommands.Sql.InsertUnitSqlite, Teams.UnitCommands.Sql.InsertUnit),
                    new { Name = path[^1], ParentId = parent, Now = now }, t);
                unitIds[PathKey(path)] = id;
            }
            foreach (var team in plan.Teams)
            {
                var unitId = team.UnitPath is { } path ? UnitId(tree, path) : (int?)null;
                if (team.ExistingId is { } existing)
                {
                    teamIds[UnitTree.Key(team.Name)] = existing;
                    if (team.UnitChanges)
                    {
                        await c.ExecuteAsync(Sql.SetTeamUnit, new { TeamId = existing, UnitId = unitId }, t);
                    }
                    continue;
                }
                teamIds[UnitTree.Key(team.Name)] = await c.ExecuteScalarAsync<int>(dialect.Pick(Teams.TeamCommands.Sql.InsertTeamSqlite, Teams.TeamCommands.Sql.InsertTeam),
                    new { team.Name, UnitId = unitId, Now = now }, t);
            }
            foreach (var person in plan.People.Where(p => p.Kind != PersonPlanKind.Unchanged))
            {
                await PersonAsync(person, snapshot);
            }
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.OrganisationImported, actorId, null, null,
                $"{plan.Creates} created, {plan.Updates} changed, {plan.NewTeams.Count()} teams and {plan.NewUnits.Count} units created"));
        }

        private int? UnitId(UnitTree tree, IReadOnlyList<string> path)
        {
            if (unitIds.TryGetValue(PathKey(path), out var created))
            {
                return created;
            }
            tree.Resolve(path, out var found);
            return found.Count == path.Count ? found[^1] : throw new InvalidOperationException("A planned unit path did not resolve.");
        }

        private async Task PersonAsync(PersonPlan person, OrganisationSnapshot snapshot)
        {
            var values = new
            {
                person.Email,
                NormalizedEmail = EmailAddress.Normalize(person.Email),
                person.EmployeeNumber,
                person.DisplayName,
                person.NameReading,
                person.Role,
                person.Language,
                IsRated = true,
                IsDemo = demo,
                Now = now,
            };
            int personId;
            if (person.PersonId is { } existing)
            {
                personId = existing;
                if (person.ProfileChanges)
                {
                    await c.ExecuteAsync(Sql.UpdatePerson, new { values.Email, values.NormalizedEmail, values.EmployeeNumber, values.DisplayName, values.NameReading, values.Role, values.Language, PersonId = existing }, t);
                }
                var before = snapshot.People.First(p => p.Id == existing).Role;
                if (before != person.Role)
                {
                    await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.RoleChanged, actorId, "person", existing, $"{before} → {person.Role} (import)"));
                }
            }
            else
            {
                personId = await c.ExecuteScalarAsync<int>(dialect.Pick(PeopleCommands.Sql.InsertPersonSqlite, PeopleCommands.Sql.InsertPerson), values, t);
            }
            if (person.JoinTeam is { } team)
            {
                await Memberships.MoveAsync(c, t, personId, teamIds[UnitTree.Key(team)], now);
            }
            if (person.Manages is { } manages)
            {
                await Memberships.SetManagedAsync(c, t, personId, manages.Select(m => teamIds[UnitTree.Key(m)]).ToList());
            }
        }
    }

    private sealed record PersonRow
    {
        public int Id { get; init; }
        public string? Email { get; init; }
        public string DisplayName { get; init; } = "";
        public string? NameReading { get; init; }
        public string? EmployeeNumber { get; init; }
        public string Role { get; init; } = "";
        public string Language { get; init; } = "";
        public DateTime? DeactivatedAt { get; init; }
        public int? TeamId { get; init; }
    }

    private sealed record TeamRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int? UnitId { get; init; }
        public DateTime? ArchivedAt { get; init; }
    }

    private sealed record ManagerRow
    {
        public int PersonId { get; init; }
        public int TeamId { get; init; }
    }
}
