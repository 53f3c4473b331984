namespace SkillMap.Web.Features.SkillModel;

public sealed partial class ModelVersions
{
    internal static class Sql
    {
        private const string Columns = """
            SELECT
                v.Id AS Id,
                v.Version AS Version,
                v.Status AS Status,
                v.NameJa AS NameJa,
                v.NameEn AS NameEn,
                v.CreatedAt AS CreatedAt,
                v.PublishedAt AS PublishedAt,
                v.RetiredAt AS RetiredAt,
                b.Version AS BasedOnVersion,
                (SELECT COUNT(*) FROM SkillItem AS i WHERE i.ModelVersionId = v.Id) AS ItemCount,
                (SELECT COUNT(*) FROM Round AS r WHERE r.ModelVersionId = v.Id) AS RoundCount
            FROM ModelVersion AS v
            LEFT JOIN ModelVersion AS b ON b.Id = v.BasedOnId
            """;

        public const string List = Columns + """

            ORDER BY v.Version DESC
            """;

        public const string ByVersion = Columns + """

            WHERE v.Version = @Version
            """;

        public const string LatestPublishedSqlite = Columns + """

            WHERE v.Status = 'published'
            ORDER BY v.Version DESC
            LIMIT 1
            """;

        public const string LatestPublished = Columns + """

            WHERE v.Status = 'published'
            ORDER BY v.Version DESC
            OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY
            """;

        public const string StatusById = """
            SELECT Status
            FROM ModelVersion
            WHERE Id = @ModelVersionId
            """;
    }
}
