using System.Data.Common;
using Dapper;
using SkillMap.Core.Organisation;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>
/// Changes to teams and units, each in one short transaction with its audit entry. A refusal comes
/// back as the key of a message for the page (null = done).
/// </summary>
public sealed partial class TeamCommands(Db db, AuditLog audit, CurrentPerson me, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<(int? TeamId, string? Error)> CreateTeamAsync(string name, int? unitId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<(int?, string?)>(async (c, t) =>
        {
            if (await NameTakenAsync(c, t, name, null))
            {
                return (null, "Teams.Error.NameTaken");
            }
            if (await UnitUnusableAsync(c, t, unitId))
            {
                return (null, "Teams.Error.UnitMissing");
            }
            var id = await c.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertTeamSqlite, Sql.InsertTeam), new { Name = name, UnitId = unitId, Now }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.TeamCreated, me.Id, "team", id));
            return (id, null);
        }, cancellationToken);

    public Task<string?> UpdateTeamAsync(int teamId, string name, int? unitId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<string?>(async (c, t) =>
        {
            if (await NameTakenAsync(c, t, name, teamId))
            {
                return "Teams.Error.NameTaken";
            }
            if (await UnitUnusableAsync(c, t, unitId))
            {
                return "Teams.Error.UnitMissing";
            }
            await c.ExecuteAsync(Sql.UpdateTeam, new { TeamId = teamId, Name = name, UnitId = unitId }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.TeamChanged, me.Id, "team", teamId, unitId is null ? "no unit" : $"unit {unitId}"));
            return null;
        }, cancellationToken);

    /// <summary>Archiving keeps the team's history and results; only an empty team can go.</summary>
    public Task<string?> ArchiveTeamAsync(int teamId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<string?>(async (c, t) =>
        {
            if (await c.ExecuteScalarAsync<int>(Sql.CurrentMembers, new { TeamId = teamId }, t) > 0)
            {
                return "Teams.Error.NotEmpty";
            }
            await c.ExecuteAsync(Sql.ArchiveTeam, new { TeamId = teamId, Now }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.TeamArchived, me.Id, "team", teamId));
            return null;
        }, cancellationToken);

    public Task<string?> RestoreTeamAsync(int teamId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<string?>(async (c, t) =>
        {
            var name = await c.ExecuteScalarAsync<string>(Sql.TeamName, new { TeamId = teamId }, t);
            if (name is null || await NameTakenAsync(c, t, name, teamId))
            {
                return "Teams.Error.NameTaken";
            }
            await c.ExecuteAsync(Sql.RestoreTeam, new { TeamId = teamId }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.TeamRestored, me.Id, "team", teamId));
            return null;
        }, cancellationToken);

    public Task<string?> AssignManagerAsync(int teamId, int personId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<string?>(async (c, t) =>
        {
            if (await c.ExecuteScalarAsync<int>(Sql.CanManage, new { PersonId = personId }, t) == 0)
            {
                return "Teams.Error.NotAManager";
            }
            if (await c.ExecuteAsync(Sql.InsertManager, new { TeamId = teamId, PersonId = personId }, t) > 0)
            {
                await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.ManagerAssigned, me.Id, "team", teamId, $"person {personId}"));
            }
            return null;
        }, cancellationToken);

    public Task<string?> RemoveManagerAsync(int teamId, int personId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<string?>(async (c, t) =>
        {
            if (await c.ExecuteAsync(Sql.DeleteManager, new { TeamId = teamId, PersonId = personId }, t) > 0)
            {
                await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.ManagerRemoved, me.Id, "team", teamId, $"person {personId}"));
            }
            return null;
        }, cancellationToken);

    /// <summary>Active team names must differ after NFKC and case folding ("ＳＲＥ" is "sre").</summary>
    internal static async Task<bool> NameTakenAsync(DbConnection c, DbTransaction t, string name, int? exceptTeamId)
    {
        var key = UnitTree.Key(name);
        var names = await c.QueryAsync<TeamQueries.TeamRow>(Sql.ActiveTeamNames, transaction: t);
        return names.Any(n => n.Id != exceptTeamId && UnitTree.Key(n.Name) == key);
    }

    private static async Task<bool> UnitUnusableAsync(DbConnection c, DbTransaction t, int? unitId) =>
        unitId is { } id && await c.ExecuteScalarAsync<int>(Sql.ActiveUnit, new { UnitId = id }, t) == 0;
}
