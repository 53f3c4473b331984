namespace SkillMap.Web.Features.SkillModel;

public sealed partial class ModelDrafts
{
    internal static class Sql
    {
        public const string VersionNumber = """
            SELECT Version
            FROM ModelVersion
            WHERE Id = @Id
            """;

        public const string KeyTaken = """
            SELECT COUNT(*)
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
                AND ItemKey = @Key
                AND Id <> @ItemId
            """;

        public const string NextPosition = """
            SELECT COALESCE(MAX(Position), 0) + 1
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
            """;

        public const string ItemIdByKey = """
            SELECT Id
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
                AND ItemKey = @Key
            """;

        public const string KeyOfItem = """
            SELECT ItemKey
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
                AND Id = @ItemId
            """;

        public const string UpdateItem = """
            UPDATE SkillItem
            SET ItemKey = @ItemKey,
                Kind = @Kind,
                Area = @Area,
                Stage = @Stage,
                Scope = @Scope,
                IsCore = @IsCore,
                PracticeAreas = @PracticeAreas,
                LifecycleEvents = @LifecycleEvents,
                StatementJa = @StatementJa,
                StatementEn = @StatementEn,
                Anchor1Ja = @Anchor1Ja,
                Anchor1En = @Anchor1En,
                Anchor3Ja = @Anchor3Ja,
                Anchor3En = @Anchor3En,
                Anchor5Ja = @Anchor5Ja,
                Anchor5En = @Anchor5En,
                HelpJa = @HelpJa,
                HelpEn = @HelpEn,
                DevelopmentType = @DevelopmentType,
                DevelopmentJa = @DevelopmentJa,
                DevelopmentEn = @DevelopmentEn
            WHERE Id = @ItemId
                AND ModelVersionId = @ModelVersionId
            """;

        public const string ItemOrder = """
            SELECT Id
            FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
            ORDER BY Position, Id
            """;

        public const string SetPosition = """
            UPDATE SkillItem
            SET Position = @Position
            WHERE Id = @ItemId
            """;

        public const string DeleteItem = """
            DELETE FROM SkillItem
            WHERE Id = @ItemId
                AND ModelVersionId = @ModelVersionId
            """;

        public const string DeleteItems = """
            DELETE FROM SkillItem
            WHERE ModelVersionId = @ModelVersionId
            """;

        public const string DeleteDraft = """
            DELETE FROM ModelVersion
            WHERE Id = @ModelVersionId
                AND Status = 'draft'
            """;

        public const string Publish = """
            UPDATE ModelVersion
            SET Status = 'published',
                PublishedAt = @Now
            WHERE Id = @ModelVersionId
                AND Status = 'draft'
            """;

        public const string Retire = """
            UPDATE ModelVersion
            SET Status = 'retired',
                RetiredAt = @Now
            WHERE Id = @ModelVersionId
                AND Status = 'published'
            """;

        public const string EarlierUses = """
            SELECT
                v.Version AS Version,
                i.ItemKey AS ItemKey,
                i.Anchor1Ja AS Anchor1Ja,
                i.Anchor1En AS Anchor1En,
                i.Anchor3Ja AS Anchor3Ja,
                i.Anchor3En AS Anchor3En,
                i.Anchor5Ja AS Anchor5Ja,
                i.Anchor5En AS Anchor5En
            FROM SkillItem AS i
            JOIN ModelVersion AS v ON v.Id = i.ModelVersionId
            WHERE v.Status IN ('published', 'retired')
                AND i.ItemKey IN @Keys
            """;
    }
}
