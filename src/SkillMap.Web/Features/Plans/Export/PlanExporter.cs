using Microsoft.Extensions.Localization;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Plans.Export;

/// <summary>Streams one export — the web download and the CLI verb share it, so both give the same bytes.</summary>
public sealed class PlanExporter(PlanExportQuery query, PlanProposer proposer, IStringLocalizer<Strings> t)
{
    public async Task WriteAsync(ExportScope scope, ExportFormat format, string language, Stream output, CancellationToken cancellationToken = default)
    {
        await proposer.EnsureProposedAsync(cancellationToken);
        var texts = ExportTexts.For(language, t);
        await using var connection = await query.OpenAsync(cancellationToken);
        PlanExportWriter.Write(format, output, PlanExportQuery.Rows(connection, scope, texts), texts);
    }

    /// <summary>The export as a Markdown string, for the printable page (one person or one team: small).</summary>
    public async Task<string> MarkdownAsync(ExportScope scope, string language, CancellationToken cancellationToken = default)
    {
        await proposer.EnsureProposedAsync(cancellationToken);
        var texts = ExportTexts.For(language, t);
        await using var connection = await query.OpenAsync(cancellationToken);
        using var writer = new StringWriter();
        MarkdownPlanWriter.Write(writer, PlanExportQuery.Rows(connection, scope, texts), texts);
        return writer.ToString();
    }

    public static bool TryParseFormat(string? value, out ExportFormat format) =>
        Enum.TryParse(value, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(value, out _);

    /// <summary>
    /// The audit entry of a download: one person's plans are about that person (so erasing them clears
    /// the detail, as for every entry about a person); a team's or the organisation's are about the round.
    /// </summary>
    public static AuditLog.Entry AuditEntry(ExportScope scope, ExportFormat format, int? actorId, string? via = null)
    {
        var extension = PlanExportWriter.Extension(format) + via;
        return scope.PersonId is { } person
            ? new AuditLog.Entry(AuditAction.PlansExported, actorId, "person", person, $"{extension}, round {scope.RoundId}")
            : new AuditLog.Entry(AuditAction.PlansExported, actorId, "round", scope.RoundId, $"{extension}, {(scope.TeamId is { } team ? $"team {team}" : "organisation")}");
    }

    public static string FileName(ExportScope scope, string language, ExportFormat format) =>
        $"training-plans-r{scope.RoundId}{(scope.PersonId is { } p ? $"-p{p}" : scope.TeamId is { } tm ? $"-t{tm}" : "")}-{language}.{PlanExportWriter.Extension(format)}";
}
