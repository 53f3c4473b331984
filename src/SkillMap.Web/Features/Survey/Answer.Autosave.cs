using Microsoft.AspNetCore.Mvc;

namespace SkillMap.Web.Features.Survey;

public sealed partial class AnswerModel
{
    /// <summary>One answer as survey.js posts it when a level is chosen or a comment changes.</summary>
    public sealed class AutosaveInput
    {
        public int Revision { get; set; }
        public int RoundId { get; set; }
        public int ItemId { get; set; }
        public string? Value { get; set; }
        public string? Comment { get; set; }
    }

    public sealed record AutosaveReply(string Outcome, int Revision, string? Message = null);

    /// <summary>Autosave: stores one answer and replies with the sheet's new revision, or why it was refused.</summary>
    public async Task<IActionResult> OnPostAnswerAsync([FromRoute] int sheetId, [FromForm(Name = "autosave")] AutosaveInput answer, CancellationToken cancellationToken)
    {
        var sheet = await survey.TargetAsync(sheetId, me.Id, cancellationToken);
        if (sheet is null)
        {
            metrics.SubmissionRefused(autosave: true);
            var closed = answer.RoundId > 0 && await survey.WasInClosedRoundAsync(answer.RoundId, me.Id, cancellationToken);
            return Reply(closed ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound,
                new AutosaveReply(closed ? "closed" : "unavailable", answer.Revision, closed ? t["Survey.Closed"] : t["Survey.NotAvailable"]));
        }
        var items = await survey.ItemsForAsync(sheet, cancellationToken);
        var item = items.FirstOrDefault(i => i.Id == answer.ItemId);
        if (item is null || !AnswerForm.TryParseValue(answer.Value, out var score))
        {
            return Reply(StatusCodes.Status400BadRequest, new AutosaveReply("invalid", answer.Revision, t["Survey.Error.UnknownItem"]));
        }
        if (!AnswerForm.TryNormalizeComment(answer.Comment, out var comment))
        {
            return Reply(StatusCodes.Status400BadRequest, new AutosaveReply("invalid", answer.Revision,
                AnswerForm.CommentTooLong(t, item.Statement.In(Localization.LocalizationServices.Current), comment)));
        }
        var answers = new Dictionary<int, SheetAnswer> { [item.Id] = new(score, comment) };
        var result = await writer.SaveAsync(new SaveRequest(sheetId, me.Id, answer.Revision, answers, items.Count));
        switch (result.Outcome)
        {
            case SaveOutcome.Saved or SaveOutcome.AlreadySaved:
                if (result.Outcome == SaveOutcome.Saved)
                {
                    metrics.SubmissionSaved(autosave: true);
                }
                return Reply(StatusCodes.Status200OK, new AutosaveReply(result.Outcome == SaveOutcome.Saved ? "saved" : "repeat", result.Revision));
            case SaveOutcome.Stale:
                metrics.AutosaveConflict(autosave: true);
                logger.LogInformation("Stale answer post refused on {Route}", SurveyRoute.Page + "?handler=answer");
                return Reply(StatusCodes.Status409Conflict, new AutosaveReply("stale", result.Revision, t["Survey.StaleAutosave"]));
            default:
                metrics.SubmissionRefused(autosave: true);
                return Reply(StatusCodes.Status409Conflict, new AutosaveReply("closed", answer.Revision, t["Survey.Closed"]));
        }
    }

    private static JsonResult Reply(int status, AutosaveReply reply) => new(reply) { StatusCode = status };
}
