using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillMap.Core.People;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.Mail;
using SkillMap.Web.Hosting;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// "Forgot your password?": a link by mail to the address's owner. The request answers the same for
/// every address; the mail goes out after the response, so timing tells nothing either.
/// </summary>
public sealed class PasswordResets(
    Db db, Credentials credentials, AccountTokens tokens, AuditLog audit, MailOutbox outbox, AccountMail mails,
    IOptions<AccountOptions> options)
{
    public async Task RequestAsync(string? email, string origin, CancellationToken cancellationToken = default)
    {
        var normalized = EmailAddress.Normalize(email);
        var person = normalized is null ? null : await credentials.FindByEmailAsync(normalized, cancellationToken);
        if (person is not { IsActive: true, IsDemo: false, Email: not null })
        {
            return;
        }
        var lifetime = TimeSpan.FromHours(Math.Max(1, options.Value.PasswordReset.Hours));
        var (token, expiresAt) = await db.WriteAsync(async (connection, transaction) =>
        {
            var created = await tokens.CreateAsync(connection, transaction, person.Id, AccountTokens.Reset, null, lifetime);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.PasswordResetRequested, person.Id, "person", person.Id));
            return created;
        }, cancellationToken);
        outbox.Enqueue(mails.Reset(person.Email, person.DisplayName, person.Language, origin + "/account/reset/" + token, expiresAt));
    }
}

/// <summary>The account mails, each in the recipient's own language.</summary>
public sealed class AccountMail(IStringLocalizer<Strings> t, OrganizationTime time)
{
    public OutgoingMail Invitation(string to, string name, string language, string link, DateTime expiresAt) =>
        In(language, () => new OutgoingMail(to, name, t["Mail.Invitation.Subject"], t["Mail.Invitation.Body", name, link, time.Format(expiresAt)]));

    public OutgoingMail Reset(string to, string name, string language, string link, DateTime expiresAt) =>
        In(language, () => new OutgoingMail(to, name, t["Mail.Reset.Subject"], t["Mail.Reset.Body", name, link, time.Format(expiresAt)]));

    private static OutgoingMail In(string language, Func<OutgoingMail> write)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == "en" ? "en" : "ja");
            return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
