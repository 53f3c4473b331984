namespace SkillMap.Web.Features.Mail;

public static class MailServices
{
    public static WebApplicationBuilder AddSkillMapMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section)
            .Validate(o => !o.IsConfigured || MimeKit.MailboxAddress.TryParse(o.From, out _), "Smtp:From must be a mail address when Smtp:Host is set.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        builder.Services.AddSingleton<MailOutbox>();
        builder.Services.AddHostedService<MailOutboxWorker>();
        return builder;
    }
}
