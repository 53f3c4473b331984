using System.Data.Common;
using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.SkillModel;

/// <summary>Writes a whole model version in one transaction: nothing is ever half-imported.</summary>
public static partial class ModelStore
{
    public const string DefaultModelResource = "db/model/skillmap-ops.json";

    public static ModelDocument LoadDefaultDocument()
    {
        using var stream = typeof(ModelStore).Assembly.GetManifestResourceStream(DefaultModelResource)
            ?? throw new InvalidOperationException($"{DefaultModelResource} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return ModelDocument.Parse(reader.ReadToEnd());
    }

    public static async Task<int> InsertVersionAsync(
        DbConnection connection, DbTransaction transaction, Dialect dialect,
        Bilingual name, IReadOnlyList<SkillItem> items, string status, DateTime now, int? basedOnId = null)
    {
        var version = await connection.ExecuteScalarAsync<int>(Sql.NextVersion, transaction: transaction);
        var id = await connection.ExecuteScalarAsync<int>(
            dialect.Pick(Sql.InsertVersionSqlite, Sql.InsertVersion),
            new { Version = version, Status = status, NameJa = name.Ja, NameEn = name.En, Now = now, BasedOnId = basedOnId },
            transaction);
        await connection.ExecuteAsync(Sql.InsertItem, items.Select((item, i) => ItemParameters(id, i + 1, item)), transaction);
        return id;
    }

    internal static object ItemParameters(int modelVersionId, int position, SkillItem item) => new
    {
        ModelVersionId = modelVersionId,
        Position = position,
        ItemKey = item.Key,
        Kind = Slug.Of(item.Kind),
        Area = Slug.Of(item.Area),
        Stage = Slug.Of(item.Stage),
        Scope = Slug.Of(item.Scope),
        IsCore = item.Core,
        PracticeAreas = string.Join(' ', item.PracticeAreas),
        LifecycleEvents = string.Join(' ', item.LifecycleEvents),
        StatementJa = item.Statement.Ja,
        StatementEn = item.Statement.En,
        Anchor1Ja = item.Anchor1.Ja,
        Anchor1En = item.Anchor1.En,
        Anchor3Ja = item.Anchor3.Ja,
        Anchor3En = item.Anchor3.En,
        Anchor5Ja = item.Anchor5.Ja,
        Anchor5En = item.Anchor5.En,
        HelpJa = item.Help.Ja,
        HelpEn = item.Help.En,
        DevelopmentType = Slug.Of(item.DevelopmentType),
        DevelopmentJa = item.Development.Ja,
        DevelopmentEn = item.Development.En,
    };

    internal static class Sql
    {
        public const string NextVersion = """
            SELECT COALESCE(MAX(Version), 0) + 1
            FROM ModelVersion
            """;

        public const string InsertVersionSqlite = """
            INSERT INTO ModelVersion (Version, Status, NameJa, NameEn, CreatedAt, PublishedAt, BasedOnId)
            VALUES (@Version, @Status, @NameJa, @NameEn, @Now, CASE WHEN @Status = 'published' THEN @Now END, @BasedOnId)
            RETURNING Id
            """;

        public const string InsertVersion = """
            INSERT INTO ModelVersion (Version, Status, NameJa, NameEn, CreatedAt, PublishedAt, BasedOnId)
            OUTPUT INSERTED.Id
            VALUES (@Version, @Status, @NameJa, @NameEn, @Now, CASE WHEN @Status = 'published' THEN @Now END, @BasedOnId)
            """;

        public const string InsertItem = """
            INSERT INTO SkillItem (
                ModelVersionId, Position, ItemKey, Kind, Area, Stage, Scope, IsCore, PracticeAreas, LifecycleEvents,
                StatementJa, StatementEn, Anchor1Ja, Anchor1En, Anchor3Ja, Anchor3En, Anchor5Ja, Anchor5En,
                HelpJa, HelpEn, DevelopmentType, DevelopmentJa, DevelopmentEn)
            VALUES (
                @ModelVersionId, @Position, @ItemKey, @Kind, @Area, @Stage, @Scope, @IsCore, @PracticeAreas, @LifecycleEvents,
                @StatementJa, @StatementEn, @Anchor1Ja, @Anchor1En, @Anchor3Ja, @Anchor3En, @Anchor5Ja, @Anchor5En,
                @HelpJa, @HelpEn, @DevelopmentType, @DevelopmentJa, @DevelopmentEn)
            """;
    }
}
