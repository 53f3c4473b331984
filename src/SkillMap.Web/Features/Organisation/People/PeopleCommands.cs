using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SkillMap.Core.Organisation;
using SkillMap.Core.People;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.People;

/// <summary>
/// Adding, changing, moving and deactivating people, each in one transaction with its audit entry.
/// Refusals come back as (field, message key); audit details name ids and roles, never names.
/// </summary>
public sealed partial class PeopleCommands(Db db, AuditLog audit, CurrentPerson me, TimeProvider clock, IOptions<DemoOptions> demo)
{
    public sealed record Refusal(string Field, string Key);

    private sealed record RoleState
    {
        public string Role { get; init; } = "";
        public int Active { get; init; }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<(int? PersonId, Refusal? Refusal)> CreateAsync(PersonValues values, int? teamId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<(int?, Refusal?)>(async (c, t) =>
        {
            if (await TakenAsync(c, t, values, null) is { } taken)
            {
                return (null, taken);
            }
            var id = await c.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertPersonSqlite, Sql.InsertPerson), Row(values, new { IsDemo = demo.Value.Enabled, Now }), t);
            if (teamId is { } team)
            {
                await Memberships.MoveAsync(c, t, id, team, Now);
            }
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.PersonCreated, me.Id, "person", id, $"role {values.Role}" + (teamId is null ? "" : $", team {teamId}")));
            return (id, null);
        }, cancellationToken);

    /// <summary>Saves the profile. A role change to member ends the person's manager assignments.</summary>
    public Task<Refusal?> UpdateAsync(int personId, PersonValues values, CancellationToken cancellationToken = default) =>
        db.WriteAsync<Refusal?>(async (c, t) =>
        {
            var current = await c.QuerySingleAsync<RoleState>(Sql.RoleOf, new { PersonId = personId }, t);
            if (await TakenAsync(c, t, values, personId) is { } taken)
            {
                return taken;
            }
            if (current.Role != values.Role && await RoleChangeRefusedAsync(c, t, personId, current.Role, values.Role) is { } refused)
            {
                return refused;
            }
            await c.ExecuteAsync(Sql.UpdatePerson, Row(values, new { PersonId = personId }), t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.PersonChanged, me.Id, "person", personId));
            if (current.Role != values.Role)
            {
                if (!OrganisationValues.CanManageTeams(values.Role))
                {
                    await Memberships.SetManagedAsync(c, t, personId, []);
                }
                await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.RoleChanged, me.Id, "person", personId, $"{current.Role} → {values.Role}"));
            }
            return null;
        }, cancellationToken);

    /// <summary>Ends the current membership at <paramref name="at"/> and starts the new one (none = leaves every team).</summary>
    public Task<Refusal?> MoveAsync(int personId, int? teamId, DateTime at, CancellationToken cancellationToken = default) =>
        db.WriteAsync<Refusal?>(async (c, t) =>
        {
            if (await Memberships.CurrentSinceAsync(c, t, personId) is { } since && at < since)
            {
                return new Refusal("Move.Date", "People.Error.MoveBeforeJoin");
            }
            await Memberships.MoveAsync(c, t, personId, teamId, at);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.PersonMoved, me.Id, "person", personId, teamId is null ? "no team" : $"to team {teamId}"));
            return null;
        }, cancellationToken);

    public Task<Refusal?> SetManagedTeamsAsync(int personId, IReadOnlyCollection<int> teamIds, CancellationToken cancellationToken = default) =>
        db.WriteAsync<Refusal?>(async (c, t) =>
        {
            var role = await c.QuerySingleAsync<RoleState>(Sql.RoleOf, new { PersonId = personId }, t);
            if (teamIds.Count > 0 && (!OrganisationValues.CanManageTeams(role.Role) || role.Active == 0))
            {
                return new Refusal("ManagedTeamIds", "Teams.Error.NotAManager");
            }
            await Memberships.SetManagedAsync(c, t, personId, teamIds);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.ManagerAssigned, me.Id, "person", personId, $"manages {teamIds.Count} team(s)"));
            return null;
        }, cancellationToken);

    /// <summary>Deactivated people cannot sign in; their memberships end and their answers stay.</summary>
    public Task<Refusal?> DeactivateAsync(int personId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<Refusal?>(async (c, t) =>
        {
            var current = await c.QuerySingleAsync<RoleState>(Sql.RoleOf, new { PersonId = personId }, t);
            if (personId == me.Id)
            {
                return new Refusal("", "People.Error.Self");
            }
            if (current.Role == "admin" && await c.ExecuteScalarAsync<int>(Sql.OtherActiveAdmins, new { PersonId = personId }, t) == 0)
            {
                return new Refusal("", "People.Error.LastAdmin");
            }
            await c.ExecuteAsync(Sql.Deactivate, new { PersonId = personId, Now }, t);
            await c.ExecuteAsync(Memberships.Sql.EndCurrent, new { PersonId = personId, At = Now }, t);
            await Memberships.SetManagedAsync(c, t, personId, []);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.PersonDeactivated, me.Id, "person", personId));
            return null;
        }, cancellationToken);

    public Task<Refusal?> ReactivateAsync(int personId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<Refusal?>(async (c, t) =>
        {
            await c.ExecuteAsync(Sql.Reactivate, new { PersonId = personId }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.PersonReactivated, me.Id, "person", personId));
            return null;
        }, cancellationToken);

    private async Task<Refusal?> RoleChangeRefusedAsync(DbConnection c, DbTransaction t, int personId, string from, string to)
    {
        if (from == "admin" && personId == me.Id)
        {
            return new Refusal("Input.Role", "People.Error.OwnRole");
        }
        return from == "admin" && to != "admin" && await c.ExecuteScalarAsync<int>(Sql.OtherActiveAdmins, new { PersonId = personId }, t) == 0
            ? new Refusal("Input.Role", "People.Error.LastAdmin")
            : null;
    }

    private static async Task<Refusal?> TakenAsync(DbConnection c, DbTransaction t, PersonValues values, int? personId)
    {
        var p = new { NormalizedEmail = EmailAddress.Normalize(values.Email), values.EmployeeNumber, PersonId = personId ?? 0 };
        if (await c.ExecuteScalarAsync<int>(Sql.EmailTaken, p, t) > 0)
        {
            return new Refusal("Input.Email", "People.Error.EmailTaken");
        }
        return values.EmployeeNumber is not null && await c.ExecuteScalarAsync<int>(Sql.NumberTaken, p, t) > 0
            ? new Refusal("Input.EmployeeNumber", "People.Error.NumberTaken")
            : null;
    }

    private static DynamicParameters Row(PersonValues values, object extra)
    {
        var parameters = new DynamicParameters(extra);
        parameters.Add("Email", values.Email);
        parameters.Add("NormalizedEmail", EmailAddress.Normalize(values.Email));
        parameters.Add("EmployeeNumber", values.EmployeeNumber);
        parameters.Add("DisplayName", values.DisplayName);
        parameters.Add("NameReading", values.NameReading);
        parameters.Add("Role", values.Role);
        parameters.Add("Language", values.Language);
        parameters.Add("IsRated", values.IsRated);
        return parameters;
    }
}
