using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Text;

namespace SkillMap.Web.Text;

/// <summary>
/// Refuses text longer than <paramref name="visible"/> characters as a person counts them, or longer
/// than its column holds (<paramref name="storage"/> UTF-16 units), with a message in the reader's
/// language (<c>Validation.TooLong</c>, or the resource key given as <c>ErrorMessage</c>). Defaults: a
/// free-text field (1,000 characters, NVARCHAR(4000)).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextLimitAttribute(int visible = VisibleText.FreeText, int storage = VisibleText.FreeTextStorage) : ValidationAttribute
{
    public int Visible { get; } = visible;

    public int Storage { get; } = storage;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text || VisibleText.Fits(text, Visible, Storage))
        {
            return ValidationResult.Success;
        }
        var t = validationContext.GetService(typeof(IStringLocalizer<Strings>)) as IStringLocalizer<Strings>;
        // ErrorMessage, when given, is a resource key of its own ({0} the field, {1} the limit).
        var message = t?[ErrorMessage ?? "Validation.TooLong", validationContext.DisplayName, Visible].Value
            ?? $"{validationContext.DisplayName} can be at most {Visible} characters.";
        return new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
