using System.Threading.Channels;

namespace SkillMap.Web.Features.Mail;

/// <summary>
/// Mail sent after the response, for pages whose answer must not depend on whether mail went out:
/// a password-reset request answers as fast for an unknown address as for a known one.
/// </summary>
public sealed class MailOutbox
{
    private readonly Channel<OutgoingMail> queue = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(OutgoingMail mail) => queue.Writer.TryWrite(mail);

    internal ChannelReader<OutgoingMail> Reader => queue.Reader;
}

public sealed class MailOutboxWorker(MailOutbox outbox, IMailSender sender, ILogger<MailOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await sender.SendAsync(mail, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Mail to {Recipient} could not be sent: {Error}", mail.To, exception.Message);
            }
        }
    }
}
