using Dapper;
using SkillMap.Core.Scoring;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.MyData;

/// <summary>
/// Everything SkillMap holds about a person that they may see, for the access right of GDPR and APPI:
/// profile, memberships, their own answers (open drafts and attributed closed answers), their released
/// results with peer scores only as aggregates the anonymity gate lets through, and sections other
/// features add. Never a peer's individual rating.
/// </summary>
public sealed partial class MyDataQuery(Db db, ResultVisibility visibility, IEnumerable<IMyDataSection> sections, TimeProvider clock)
{
    public async Task<Dictionary<string, object?>> LoadAsync(int personId, CancellationToken cancellationToken = default)
    {
        var language = LocalizationServices.Current;
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.All, new { PersonId = personId });
        var profile = await results.ReadSingleAsync<Profile>();
        var memberships = (await results.ReadAsync<Membership>()).ToList();
        var manages = (await results.ReadAsync<string>()).ToList();
        var open = (await results.ReadAsync<AnswerRow>()).ToList();
        var given = (await results.ReadAsync<AnswerRow>()).ToList();
        var commentsGiven = (await results.ReadAsync<CommentRow>()).ToList();
        var received = (await results.ReadAsync<ReceivedRow>()).ToList();
        var commentsReceived = (await results.ReadAsync<CommentRow>()).ToList();
        var rounds = (await results.ReadAsync<RoundRow>()).ToList();

        var data = new Dictionary<string, object?>
        {
            ["format"] = "skillmap-mydata/1",
            ["generatedAt"] = clock.GetUtcNow().UtcDateTime,
            ["profile"] = profile,
            ["memberships"] = memberships,
            ["manages"] = manages,
            ["openRoundAnswers"] = Sheets(open, language),
            ["closedRoundAnswers"] = Sheets(given, language),
            ["commentsGiven"] = commentsGiven.Select(c => new { c.Round, c.Perspective, c.About, Item = c.ItemKey, c.Body }),
            ["results"] = await ResultsAsync(personId, rounds, received, commentsReceived, language, cancellationToken),
            ["notes"] = new[]
            {
                "Peer and team answers you gave in closed rounds were unlinked from you when the round closed and cannot be found again; they are not included.",
                "Peer results appear only as averages of at least the round's anonymity threshold of distinct peers, never one peer's rating.",
                "Results of a round appear once they have been released to you.",
            },
        };
        foreach (var section in sections)
        {
            if (await section.LoadAsync(personId, cancellationToken) is { } value)
            {
                data[section.Name] = value;
            }
        }
        return data;
    }

    private static IEnumerable<object> Sheets(IEnumerable<AnswerRow> rows, string language) =>
        rows.GroupBy(r => (r.RoundId, r.Round, r.Perspective, r.About, r.Team))
            .Select(g => new
            {
                g.Key.Round,
                g.Key.Perspective,
                g.Key.About,
                g.Key.Team,
                Answers = g.Select(a => new { Item = a.ItemKey, Statement = language == "en" ? a.StatementEn : a.StatementJa, a.Score, a.Comment }),
            });

    private async Task<List<object>> ResultsAsync(int personId, List<RoundRow> rounds, List<ReceivedRow> received, List<CommentRow> comments, string language, CancellationToken cancellationToken)
    {
        var list = new List<object>();
        foreach (var round in rounds)
        {
            if (!await visibility.IsReleasedToRateeAsync(round.Id, personId, cancellationToken))
            {
                continue;
            }
            var rows = received.Where(r => r.RoundId == round.Id).ToList();
            string Statement(ReceivedRow r) => language == "en" ? r.StatementEn : r.StatementJa;
            var peerRaters = rows.Where(r => r.Perspective == "peer" && r.Score is not null).Select(r => r.SheetToken).Distinct().Count();
            list.Add(new
            {
                Round = round.Name,
                round.ClosedAt,
                PeerThreshold = Anonymity.EffectiveThreshold(round.PeerThreshold),
                Self = rows.Where(r => r.Perspective == "self").Select(r => new { Item = r.ItemKey, Statement = Statement(r), r.Score }),
                Managers = rows.Where(r => r.Perspective == "manager").GroupBy(r => r.RaterName)
                    .Select(g => new { Manager = g.Key, Scores = g.Select(r => new { Item = r.ItemKey, Statement = Statement(r), r.Score }) }),
                // Only the gate decides; a suppressed item is absent, not zero.
                Peers = rows.Where(r => r.Perspective == "peer").GroupBy(r => (r.ItemKey, Statement: Statement(r)))
                    .Select(g => (g.Key, Scored: g.Where(r => r.Score is not null).ToList()))
                    .Where(x => x.Scored.Count > 0 && Anonymity.CanShow(x.Scored.Select(r => r.SheetToken).Distinct().Count(), round.PeerThreshold))
                    .Select(x => new { Item = x.Key.ItemKey, x.Key.Statement, Average = Math.Round(x.Scored.Average(r => r.Score!.Value), 2), Raters = x.Scored.Select(r => r.SheetToken).Distinct().Count() }),
                Comments = comments.Where(c => c.RoundId == round.Id && (c.Perspective != "peer" || Anonymity.CanShow(peerRaters, round.PeerThreshold)))
                    .OrderBy(c => c.Perspective == "peer" ? Guid.NewGuid() : Guid.Empty)
                    .Select(c => new { c.Perspective, By = c.Perspective == "peer" ? null : c.RaterName, Item = c.ItemKey, c.Body }),
            });
        }
        return list;
    }
}
