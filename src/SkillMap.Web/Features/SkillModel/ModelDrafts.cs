using System.Data.Common;
using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>
/// Every change to the model goes through a draft. Each command checks, inside its transaction, that
/// the version is still a draft, so a published version never changes (the database refuses it too).
/// </summary>
public sealed partial class ModelDrafts(Db db, TimeProvider clock, AuditLog audit)
{
    public enum SaveResult
    {
        Saved,
        NotDraft,
        NotFound,
        DuplicateKey,
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Editing a published (or retired) version: a new draft with the same items. Returns the new version number.</summary>
    public Task<int> CopyAsync(ModelVersions.VersionRow source, IReadOnlyList<SkillItem> items, int actorId, CancellationToken cancellationToken = default) =>
        CreateAsync(source.Name, items, source.Id, actorId, AuditAction.ModelDraftCreated, $"from version {source.Version}", cancellationToken);

    /// <summary>A whole checked file as a new draft, in one transaction. Returns the new version number; the file's own number is ignored.</summary>
    public Task<int> ImportAsync(Bilingual name, IReadOnlyList<SkillItem> items, int? actorId, CancellationToken cancellationToken = default) =>
        CreateAsync(name, items, null, actorId, AuditAction.ModelImported, $"{items.Count} items", cancellationToken);

    private Task<int> CreateAsync(Bilingual name, IReadOnlyList<SkillItem> items, int? basedOnId, int? actorId, string action, string detail, CancellationToken cancellationToken) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var id = await ModelStore.InsertVersionAsync(connection, transaction, db.Dialect, name, items, ModelVersions.Draft, Now, basedOnId);
            var version = await connection.ExecuteScalarAsync<int>(Sql.VersionNumber, new { Id = id }, transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(action, actorId, "model-version", version, detail));
            return version;
        }, cancellationToken);

    /// <summary>Adds (<paramref name="itemId"/> null) or replaces an item of a draft.</summary>
    public Task<(SaveResult Result, int ItemId)> SaveItemAsync(ModelVersions.VersionRow draft, int? itemId, SkillItem item, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (!await IsDraftAsync(connection, transaction, draft.Id))
            {
                return (SaveResult.NotDraft, 0);
            }
            var clash = await connection.ExecuteScalarAsync<int>(Sql.KeyTaken, new { ModelVersionId = draft.Id, item.Key, ItemId = itemId ?? 0 }, transaction);
            if (clash > 0)
            {
                return (SaveResult.DuplicateKey, 0);
            }
            int savedId;
            if (itemId is { } id)
            {
                var parameters = ModelStore.ItemParameters(draft.Id, 0, item);
                var update = new DynamicParameters(parameters);
                update.Add("ItemId", id);
                var changed = await connection.ExecuteAsync(Sql.UpdateItem, update, transaction);
                if (changed == 0)
                {
                    return (SaveResult.NotFound, 0);
                }
                savedId = id;
            }
            else
            {
                var position = await connection.ExecuteScalarAsync<int>(Sql.NextPosition, new { ModelVersionId = draft.Id }, transaction);
                await connection.ExecuteAsync(ModelStore.Sql.InsertItem, ModelStore.ItemParameters(draft.Id, position, item), transaction);
                savedId = await connection.ExecuteScalarAsync<int>(Sql.ItemIdByKey, new { ModelVersionId = draft.Id, item.Key }, transaction);
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.ModelItemSaved, actorId, "model-version", draft.Version, item.Key));
            return (SaveResult.Saved, savedId);
        }, cancellationToken);

    /// <summary>Moves an item one place up (-1) or down (+1) in the draft's display order.</summary>
    public Task<bool> MoveAsync(ModelVersions.VersionRow draft, int itemId, int direction, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (!await IsDraftAsync(connection, transaction, draft.Id))
            {
                return false;
            }
            var order = (await connection.QueryAsync<int>(Sql.ItemOrder, new { ModelVersionId = draft.Id }, transaction)).ToList();
            var from = order.IndexOf(itemId);
            var to = from + Math.Sign(direction);
            if (from < 0 || to < 0 || to >= order.Count)
            {
                return from >= 0;
            }
            (order[from], order[to]) = (order[to], order[from]);
            await connection.ExecuteAsync(Sql.SetPosition, order.Select((id, i) => new { ItemId = id, Position = i + 1 }), transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.ModelItemMoved, actorId, "model-version", draft.Version, $"item {itemId}"));
            return true;
        }, cancellationToken);

    /// <summary>Takes an item out of the draft: the version published from it will not ask it. Earlier versions keep it.</summary>
    public Task<bool> RetireItemAsync(ModelVersions.VersionRow draft, int itemId, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (!await IsDraftAsync(connection, transaction, draft.Id))
            {
                return false;
            }
            var key = await connection.ExecuteScalarAsync<string?>(Sql.KeyOfItem, new { ModelVersionId = draft.Id, ItemId = itemId }, transaction);
            if (key is null || await connection.ExecuteAsync(Sql.DeleteItem, new { ModelVersionId = draft.Id, ItemId = itemId }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.ModelItemRetired, actorId, "model-version", draft.Version, key));
            return true;
        }, cancellationToken);

    /// <summary>Brings back an item of the version the draft was copied from, unchanged, at the end.</summary>
    public Task<bool> RestoreItemAsync(ModelVersions.VersionRow draft, SkillItem item, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (!await IsDraftAsync(connection, transaction, draft.Id)
                || await connection.ExecuteScalarAsync<int>(Sql.KeyTaken, new { ModelVersionId = draft.Id, item.Key, ItemId = 0 }, transaction) > 0)
            {
                return false;
            }
            var position = await connection.ExecuteScalarAsync<int>(Sql.NextPosition, new { ModelVersionId = draft.Id }, transaction);
            await connection.ExecuteAsync(ModelStore.Sql.InsertItem, ModelStore.ItemParameters(draft.Id, position, item), transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.ModelItemRestored, actorId, "model-version", draft.Version, item.Key));
            return true;
        }, cancellationToken);

    /// <summary>Publishes a draft whose items have been checked by the caller; false when it is no longer a draft.</summary>
    public Task<bool> PublishAsync(ModelVersions.VersionRow draft, int actorId, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(Sql.Publish, draft, AuditAction.ModelPublished, actorId, cancellationToken);

    /// <summary>Retires a published version: it starts no more rounds; its rounds and their results stay.</summary>
    public Task<bool> RetireVersionAsync(ModelVersions.VersionRow version, int actorId, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(Sql.Retire, version, AuditAction.ModelRetired, actorId, cancellationToken);

    public Task<bool> DeleteDraftAsync(ModelVersions.VersionRow draft, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (!await IsDraftAsync(connection, transaction, draft.Id))
            {
                return false;
            }
            await connection.ExecuteAsync(Sql.DeleteItems, new { ModelVersionId = draft.Id }, transaction);
            await connection.ExecuteAsync(Sql.DeleteDraft, new { ModelVersionId = draft.Id }, transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.ModelDraftDeleted, actorId, "model-version", draft.Version));
            return true;
        }, cancellationToken);

    /// <summary>Every earlier (published or retired) use of the given keys, to keep a key's levels from changing meaning.</summary>
    public async Task<IReadOnlyList<(int Version, IReadOnlyList<SkillItem> Items)>> EarlierUsesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EarlierItem>(Sql.EarlierUses, new { Keys = keys });
        return rows.GroupBy(r => r.Version)
            .Select(g => (g.Key, (IReadOnlyList<SkillItem>)g.Select(r => r.Item.ToSkillItem()).ToList()))
            .ToList();
    }

    private sealed record EarlierItem
    {
        public int Version { get; init; }
        public string ItemKey { get; init; } = "";
        public string Anchor1Ja { get; init; } = "";
        public string Anchor1En { get; init; } = "";
        public string Anchor3Ja { get; init; } = "";
        public string Anchor3En { get; init; } = "";
        public string Anchor5Ja { get; init; } = "";
        public string Anchor5En { get; init; } = "";

        public SkillItemRow Item => new()
        {
            ItemKey = ItemKey,
            Anchor1Ja = Anchor1Ja,
            Anchor1En = Anchor1En,
            Anchor3Ja = Anchor3Ja,
            Anchor3En = Anchor3En,
            Anchor5Ja = Anchor5Ja,
            Anchor5En = Anchor5En,
        };
    }

    private Task<bool> ChangeStatusAsync(string sql, ModelVersions.VersionRow version, string action, int actorId, CancellationToken cancellationToken) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(sql, new { ModelVersionId = version.Id, Now }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(action, actorId, "model-version", version.Version));
            return true;
        }, cancellationToken);

    private static async Task<bool> IsDraftAsync(DbConnection connection, DbTransaction transaction, int modelVersionId) =>
        await connection.ExecuteScalarAsync<string?>(ModelVersions.Sql.StatusById, new { ModelVersionId = modelVersionId }, transaction) == ModelVersions.Draft;
}
