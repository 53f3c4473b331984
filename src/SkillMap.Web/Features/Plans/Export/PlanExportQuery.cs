using System.Data.Common;
using Dapper;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Plans.Export;

/// <summary>
/// Reads an export's rows one at a time (Dapper unbuffered), so an organisation of any size streams
/// through in flat memory: first the team actions, then every person's actions, team by team.
/// </summary>
public sealed partial class PlanExportQuery(Db db)
{
    private sealed record PersonRow
    {
        public string? EmployeeNumber { get; init; }
        public string? Email { get; init; }
        public string DisplayName { get; init; } = "";
        public string Team { get; init; } = "";
        public string RoundName { get; init; } = "";
        public string? ItemKey { get; init; }
        public string? Item { get; init; }
        public string? Kind { get; init; }
        public string ActionType { get; init; } = "";
        public string? Body { get; init; }
        public string? Development { get; init; }
        public string? Owner { get; init; }
        public DateTime? DueDate { get; init; }
        public string Status { get; init; } = "";
    }

    private sealed record TeamRow
    {
        public string Team { get; init; } = "";
        public string RoundName { get; init; } = "";
        public string Area { get; init; } = "";
        public string Kind { get; init; } = "";
        public int People { get; init; }
        public int Assessed { get; init; }
        public string Status { get; init; } = "";
        public string? Owner { get; init; }
    }

    public async Task<bool> RoundExistsAsync(int roundId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.RoundExists, new { RoundId = roundId }) > 0;
    }

    public async Task<bool> TeamExistsAsync(int teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.TeamExists, new { TeamId = teamId }) > 0;
    }

    /// <summary>The rows, streamed from an open connection the caller disposes.</summary>
    public static IEnumerable<ExportRow> Rows(DbConnection connection, ExportScope scope, ExportTexts texts)
    {
        var p = new { scope.RoundId, scope.TeamId, scope.PersonId, Lang = texts.Language };
        if (scope.PersonId is null)
        {
            foreach (var row in connection.Query<TeamRow>(Sql.TeamRows, p, buffered: false))
            {
                var area = texts.Areas.GetValueOrDefault(row.Area, row.Area);
                var template = row.Kind == Slug.Of(Kind.Explicit) ? texts.WorkshopText : texts.WayOfWorkingText;
                yield return new ExportRow
                {
                    Team = row.Team,
                    Round = row.RoundName,
                    ItemKey = "area." + row.Area,
                    Item = area,
                    Kind = row.Kind,
                    ActionType = Slug.Of(ActionType.Team),
                    Action = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, area, row.People, row.Assessed),
                    Owner = row.Owner ?? "",
                    Status = row.Status,
                };
            }
        }
        foreach (var row in connection.Query<PersonRow>(Sql.PersonRows, p, buffered: false))
        {
            yield return new ExportRow
            {
                EmployeeNumber = row.EmployeeNumber ?? "",
                Email = row.Email ?? "",
                DisplayName = row.DisplayName,
                Team = row.Team,
                Round = row.RoundName,
                ItemKey = row.ItemKey ?? "",
                Item = row.Item ?? "",
                Kind = row.Kind ?? "",
                ActionType = row.ActionType,
                Action = PlanTexts.Compose(row.Body, Slug.Parse<ActionType>(row.ActionType), row.Development, texts.StrengthText),
                Owner = row.Owner ?? "",
                Due = PlanTexts.Date(row.DueDate),
                Status = row.Status,
            };
        }
    }

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => db.OpenAsync(cancellationToken);
}
