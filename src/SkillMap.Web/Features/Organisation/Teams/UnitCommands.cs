using Dapper;
using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>Units above teams (部 → 課): created, renamed, moved under another unit, archived when empty.</summary>
public sealed partial class UnitCommands(Db db, AuditLog audit, CurrentPerson me, TimeProvider clock)
{
    public Task<(int? UnitId, string? Error)> CreateAsync(string name, int? parentId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<(int?, string?)>(async (c, t) =>
        {
            var units = (await c.QueryAsync<TeamQueries.UnitRow>(TeamQueries.Sql.Units, transaction: t)).Select(u => u.ToExisting()).ToList();
            if (Problem(units, null, name, parentId) is { } error)
            {
                return (null, error);
            }
            var id = await c.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertUnitSqlite, Sql.InsertUnit),
                new { Name = name, ParentId = parentId, Now = clock.GetUtcNow().UtcDateTime }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.UnitCreated, me.Id, "unit", id));
            return (id, null);
        }, cancellationToken);

    public Task<string?> UpdateAsync(int unitId, string name, int? parentId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<string?>(async (c, t) =>
        {
            var units = (await c.QueryAsync<TeamQueries.UnitRow>(TeamQueries.Sql.Units, transaction: t)).Select(u => u.ToExisting()).ToList();
            if (Problem(units, unitId, name, parentId) is { } error)
            {
                return error;
            }
            await c.ExecuteAsync(Sql.UpdateUnit, new { UnitId = unitId, Name = name, ParentId = parentId }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.UnitChanged, me.Id, "unit", unitId, parentId is null ? "top level" : $"under unit {parentId}"));
            return null;
        }, cancellationToken);

    public Task<string?> ArchiveAsync(int unitId, CancellationToken cancellationToken = default) =>
        db.WriteAsync<string?>(async (c, t) =>
        {
            if (await c.ExecuteScalarAsync<int>(Sql.ActiveChildren, new { UnitId = unitId }, t) > 0)
            {
                return "Units.Error.NotEmpty";
            }
            await c.ExecuteAsync(Sql.ArchiveUnit, new { UnitId = unitId, Now = clock.GetUtcNow().UtcDateTime }, t);
            await audit.RecordAsync(c, t, new AuditLog.Entry(AuditAction.UnitArchived, me.Id, "unit", unitId));
            return null;
        }, cancellationToken);

    /// <summary>The parent must be an active unit that is not this one or below it; sibling names differ.</summary>
    private static string? Problem(List<ExistingUnit> units, int? unitId, string name, int? parentId)
    {
        if (parentId is { } parent)
        {
            var target = units.FirstOrDefault(u => u.Id == parent);
            if (target is null || target.Archived)
            {
                return "Teams.Error.UnitMissing";
            }
            if (unitId is { } self && new UnitTree(units).AncestorsAndSelf(parent).Contains(self))
            {
                return "Units.Error.Cycle";
            }
        }
        var key = UnitTree.Key(name);
        return units.Any(u => u.Id != unitId && !u.Archived && u.ParentId == parentId && UnitTree.Key(u.Name) == key)
            ? "Units.Error.NameTaken"
            : null;
    }

    internal static class Sql
    {
        public const string InsertUnitSqlite = """
            INSERT INTO OrgUnit (Name, ParentId, CreatedAt)
            VALUES (@Name, @ParentId, @Now)
            RETURNING Id
            """;

        public const string InsertUnit = """
            INSERT INTO OrgUnit (Name, ParentId, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@Name, @ParentId, @Now)
            """;

        public const string UpdateUnit = """
            UPDATE OrgUnit
            SET Name = @Name,
                ParentId = @ParentId
            WHERE Id = @UnitId
            """;

        public const string ActiveChildren = """
            SELECT
                (SELECT COUNT(*) FROM OrgUnit WHERE ParentId = @UnitId AND ArchivedAt IS NULL)
              + (SELECT COUNT(*) FROM Team WHERE UnitId = @UnitId AND ArchivedAt IS NULL)
            """;

        public const string ArchiveUnit = """
            UPDATE OrgUnit
            SET ArchivedAt = @Now
            WHERE Id = @UnitId
              AND ArchivedAt IS NULL
            """;
    }
}
