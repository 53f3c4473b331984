using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkillMap.Core.Text;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// What a new password must be (OWASP ASVS: length over composition rules). Any character is
/// allowed, Japanese and emoji included; length counts the characters a person sees. One of the
/// 10,000 most common passwords is refused (<see cref="CommonPasswords"/>).
/// </summary>
public sealed class PasswordRules(IOptions<AccountOptions> options, IStringLocalizer<Strings> t)
{
    public const int MaximumLength = 256;

    public int MinimumLength => Math.Max(8, options.Value.Password.MinimumLength);

    /// <summary>Adds the problems to <paramref name="modelState"/> under the given field names; true when there are none.</summary>
    public bool Check(string? password, string? confirmation, string? email, ModelStateDictionary modelState, string field, string confirmationField)
    {
        var length = VisibleText.Length(password);
        if (string.IsNullOrEmpty(password) || length < MinimumLength)
        {
            modelState.AddModelError(field, t["Account.Password.TooShort", MinimumLength]);
        }
        else if (length > MaximumLength)
        {
            modelState.AddModelError(field, t["Account.Password.TooLong", MaximumLength]);
        }
        else if (CommonPasswords.Contains(password))
        {
            modelState.AddModelError(field, t["Account.Password.Common"]);
        }
        else if (password.Distinct().Count() < 4
            || (!string.IsNullOrEmpty(email) && password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase) && email.Split('@')[0].Length >= 4))
        {
            modelState.AddModelError(field, t["Account.Password.TooEasy"]);
        }
        if (password != confirmation)
        {
            modelState.AddModelError(confirmationField, t["Account.Password.Mismatch"]);
        }
        return modelState.ErrorCount == 0;
    }
}
