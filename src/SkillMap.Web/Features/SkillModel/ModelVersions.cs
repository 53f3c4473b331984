using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>Reads the model's versions: the list, one version with its items, and which may start rounds.</summary>
public sealed partial class ModelVersions(Db db, ModelItems items)
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Retired = "retired";

    public sealed record VersionRow
    {
        public int Id { get; init; }
        public int Version { get; init; }
        public string Status { get; init; } = "";
        public string NameJa { get; init; } = "";
        public string NameEn { get; init; } = "";
        public DateTime CreatedAt { get; init; }
        public DateTime? PublishedAt { get; init; }
        public DateTime? RetiredAt { get; init; }
        public int? BasedOnVersion { get; init; }
        public int ItemCount { get; init; }
        public int RoundCount { get; init; }

        public Bilingual Name => new() { Ja = NameJa, En = NameEn };

        public bool IsDraft => Status == Draft;

        public bool IsPublished => Status == Published;
    }

    public async Task<IReadOnlyList<VersionRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<VersionRow>(Sql.List)).ToList();
    }

    /// <summary>A version by its number (the integer people and the command line use).</summary>
    public async Task<VersionRow?> FindAsync(int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<VersionRow>(Sql.ByVersion, new { Version = version });
    }

    public async Task<VersionRow?> LatestPublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<VersionRow>(db.Dialect.Pick(Sql.LatestPublishedSqlite, Sql.LatestPublished));
    }

    /// <summary>The versions a new round may pin: published ones, newest first. Drafts may change; retired ones start nothing.</summary>
    public async Task<IReadOnlyList<VersionRow>> ForNewRoundsAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Where(v => v.IsPublished).ToList();

    public async Task<bool> CanStartRoundsAsync(int modelVersionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(Sql.StatusById, new { ModelVersionId = modelVersionId }) == Published;
    }

    public Task<IReadOnlyList<SkillItemRow>> ItemsAsync(VersionRow version, CancellationToken cancellationToken = default) =>
        items.ForVersionAsync(version.Id, cancellationToken);

    /// <summary>The version in the documented exchange format.</summary>
    public async Task<ModelDocument> DocumentAsync(VersionRow version, CancellationToken cancellationToken = default)
    {
        var rows = await ItemsAsync(version, cancellationToken);
        return ModelDocument.From(version.Name, version.Version, rows.Select(r => r.ToSkillItem()));
    }
}
