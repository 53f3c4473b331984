using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// A reminder for one person in their own language: what they still have open and the deadline.
/// Colleagues still to rate are counted, never named, so the reminder cannot tell anyone (the manager
/// who copies it included) which peer has or has not answered about whom.
/// </summary>
public sealed class ReminderText(IStringLocalizer<Strings> t, OrganizationTime time)
{
    public sealed record Message(string Subject, string Body);

    public Message For(RoundProgress.OpenWork work, RoundRow round, string surveysUrl)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var language = CultureInfo.GetCultureInfo(work.Language == "en" ? "en" : "ja");
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language;
        try
        {
            var deadline = round.ClosesAt is { } closes ? time.Format(closes) : "—";
            var body = new StringBuilder()
                .AppendLine(t["Rounds.Reminder.Greeting", work.DisplayName])
                .AppendLine()
                .AppendLine(t["Rounds.Reminder.Intro", round.Name, deadline]);
            if (work.SelfOpen > 0)
            {
                body.AppendLine("- " + t["Rounds.Reminder.Self"]);
            }
            if (work.PeerOpen > 0)
            {
                body.AppendLine("- " + t["Rounds.Reminder.Peer", work.PeerOpen]);
            }
            if (work.ManagerOpen > 0)
            {
                body.AppendLine("- " + t["Rounds.Reminder.Manager", work.ManagerOpen]);
            }
            if (work.TeamOpen > 0)
            {
                body.AppendLine("- " + t["Rounds.Reminder.Team"]);
            }
            body.AppendLine().AppendLine(t["Rounds.Reminder.Outro", surveysUrl]);
            return new Message(t["Rounds.Reminder.Subject", round.Name, deadline], body.ToString().TrimEnd());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
