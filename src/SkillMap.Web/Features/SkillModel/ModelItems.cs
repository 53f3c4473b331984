using System.Collections.Concurrent;
using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>
/// The items of a model version, in display order. A published version never changes, so its items
/// are kept in memory once read; drafts are always read fresh. Safe across instances for the same reason.
/// </summary>
public sealed partial class ModelItems(Db db)
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<SkillItemRow>> published = new();

    public async Task<IReadOnlyList<SkillItemRow>> ForVersionAsync(int modelVersionId, CancellationToken cancellationToken = default)
    {
        if (published.TryGetValue(modelVersionId, out var cached))
        {
            return cached;
        }
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.VersionWithItems, new { ModelVersionId = modelVersionId });
        var status = await results.ReadSingleOrDefaultAsync<string>();
        var items = (await results.ReadAsync<SkillItemRow>()).ToList();
        if (status is "published" or "retired")
        {
            published[modelVersionId] = items;
        }
        return items;
    }

    internal static class Sql
    {
        public const string VersionWithItems = """
            SELECT Status
            FROM ModelVersion
            WHERE Id = @ModelVersionId;

            SELECT
                Id AS Id,
                Position AS Position,
                ItemKey AS ItemKey,
                Kind AS Kind,
                Area AS Area,
                Stage AS Stage,
                Scope AS Scope,
                IsCore AS IsCore,
                PracticeAreas AS PracticeAreas,
                LifecycleEvents AS LifecycleEvents,
                StatementJa AS StatementJa,
                StatementEn AS StatementEn,
                Anchor1Ja AS Anchor1Ja,
                Anchor1En AS Anchor1En,
                Anchor3Ja AS Anchor3Ja,
                Anchor3En AS Anchor3En,
                Anchor5Ja AS Anchor5Ja,
                Anchor5En AS Anchor5En,
                HelpJa AS HelpJa,
                HelpEn AS HelpEn,
                DevelopmentType AS DevelopmentType,
                DevelopmentJa AS DevelopmentJa,
                DevelopmentEn AS DevelopmentEn
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
            ORDER BY Position;
            """;
    }
}
