using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Audit;

/// <summary>The audit log for admins: newest first, filtered by action, actor and period, a page at a time.</summary>
public sealed partial class AuditQuery(Db db)
{
    public const int PageSize = 50;

    public sealed record Row
    {
        public long Id { get; init; }
        public DateTime At { get; init; }
        public int? ActorId { get; init; }
        public string? ActorName { get; init; }
        public DateTime? ActorErasedAt { get; init; }
        public string Action { get; init; } = "";
        public string? TargetType { get; init; }
        public int? TargetId { get; init; }
        public string? Detail { get; init; }
    }

    /// <param name="actor">Part of the actor's name or email; null for everyone.</param>
    /// <param name="fromUtc">Inclusive start; <paramref name="toUtc"/> exclusive end.</param>
    public sealed record Filter(string? Action, string? Actor, DateTime? FromUtc, DateTime? ToUtc, int Page);

    public async Task<(IReadOnlyList<Row> Rows, int Total)> SearchAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        var parameters = new
        {
            filter.Action,
            Actor = filter.Actor is { Length: > 0 } actor ? "%" + Escape(actor) + "%" : null,
            filter.FromUtc,
            filter.ToUtc,
            Skip = (Math.Max(filter.Page, 1) - 1) * PageSize,
            Take = PageSize,
        };
        await using var connection = await db.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(Sql.Count, parameters);
        var rows = await connection.QueryAsync<Row>(db.Dialect.Pick(Sql.PageSqlite, Sql.Page), parameters);
        return (rows.ToList(), total);
    }

    /// <summary>Actions recorded so far, for the filter.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(Sql.Actions)).ToList();
    }

    private static string Escape(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal);

    // Fragments shared by the statements below (not statements themselves).
    private const string Filtered = """
        FROM AuditEntry e
        LEFT JOIN Person p ON p.Id = e.ActorId
        WHERE (@Action IS NULL OR e.Action = @Action)
          AND (@Actor IS NULL OR p.DisplayName LIKE @Actor ESCAPE '\' OR p.Email LIKE @Actor ESCAPE '\')
          AND (@FromUtc IS NULL OR e.At >= @FromUtc)
          AND (@ToUtc IS NULL OR e.At < @ToUtc)
        """;

    private const string Columns = """
        SELECT
            e.Id AS Id,
            e.At AS At,
            e.ActorId AS ActorId,
            p.DisplayName AS ActorName,
            p.ErasedAt AS ActorErasedAt,
            e.Action AS Action,
            e.TargetType AS TargetType,
            e.TargetId AS TargetId,
            e.Detail AS Detail

        """;

    internal static class Sql
    {
        public const string Count = "SELECT COUNT(*)\n" + Filtered;

        public const string PageSqlite = Columns + Filtered + """

            ORDER BY e.At DESC, e.Id DESC
            LIMIT @Take OFFSET @Skip
            """;

        public const string Page = Columns + Filtered + """

            ORDER BY e.At DESC, e.Id DESC
            OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY
            """;

        public const string Actions = """
            SELECT DISTINCT Action
            FROM AuditEntry
            ORDER BY Action
            """;
    }
}
