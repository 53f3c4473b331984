namespace SkillMap.Web.Features.Mail;

/// <summary>A plain-text message to one person.</summary>
public sealed record OutgoingMail(string To, string ToName, string Subject, string Body);

/// <summary>Sends mail when SMTP is configured (<c>Smtp:Host</c>); otherwise pages show links to pass on by hand.</summary>
public interface IMailSender
{
    bool IsConfigured { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
