using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkillMap.Web.Features.Mail;

namespace SkillMap.Web.Tests.Features.Mail;

public sealed class SmtpMailSenderTests
{
    /// <summary>Just enough of an SMTP server on a loopback port to receive one message.</summary>
    private static async Task<string> ReceiveOneAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        using var client = await listener.AcceptTcpClientAsync(cancellationToken);
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var transcript = new StringBuilder();
        await writer.WriteLineAsync("220 stub ESMTP");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            transcript.AppendLine(line);
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 go on");
                while (await reader.ReadLineAsync(cancellationToken) is { } data && data != ".")
                {
                    transcript.AppendLine(data);
                }
                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync(verb is "EHLO" or "HELO" ? "250 stub" : "250 ok");
            }
        }
        return transcript.ToString();
    }

    [Fact]
    public async Task A_message_goes_to_the_configured_SMTP_server_from_the_configured_sender()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var received = ReceiveOneAsync(listener, timeout.Token);
            var sender = new SmtpMailSender(
                Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, From = "SkillMap <skillmap@example.jp>", TimeoutSeconds = 10 }),
                NullLogger<SmtpMailSender>.Instance);

            await sender.SendAsync(new OutgoingMail("mei@example.jp", "Mei Kato", "Your invitation", "Open https://skillmap.example/account/invitation/abc"), timeout.Token);
            var transcript = await received;

            Assert.True(sender.IsConfigured);
            Assert.Contains("MAIL FROM:<skillmap@example.jp>", transcript);
            Assert.Contains("RCPT TO:<mei@example.jp>", transcript);
            Assert.Contains("Subject: Your invitation", transcript);
            Assert.Contains("https://skillmap.example/account/invitation/abc", transcript);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Without_a_host_mail_is_off()
    {
        var sender = new SmtpMailSender(Options.Create(new SmtpOptions()), NullLogger<SmtpMailSender>.Instance);

        Assert.False(sender.IsConfigured);
    }
}
