using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SkillMap.Web.Features.Mail;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>Stands in for SMTP: keeps every message so a test can read it and follow its link.</summary>
public sealed partial class FakeMail : IMailSender
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public bool IsConfigured => true;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }

    /// <summary>Waits for the background outbox to deliver the <paramref name="count"/>th message to this address, and returns it.</summary>
    public async Task<OutgoingMail> WaitForAsync(string to, int count = 1)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Sent.Where(m => m.To == to).Skip(count - 1).FirstOrDefault() is { } mail)
            {
                return mail;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No mail to {to} arrived.");
    }

    /// <summary>The path of the SkillMap link in a mail body.</summary>
    public static string LinkPath(OutgoingMail mail) => new Uri(Link().Match(mail.Body).Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
