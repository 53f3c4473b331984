namespace SkillMap.Web.Features.Mail;

public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,
    StartTls,
    SslOnConnect,
    /// <summary>No TLS: only for a relay on the same machine or network.</summary>
    None,
}

/// <summary>The <c>Smtp</c> section. Mail is on when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>SkillMap &lt;skillmap@example.jp&gt;</c>.</summary>
    public string From { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
