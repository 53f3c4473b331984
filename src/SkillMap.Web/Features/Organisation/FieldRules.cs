using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Organisation;
using SkillMap.Core.People;
using SkillMap.Core.Text;

namespace SkillMap.Web.Features.Organisation;

/// <summary>
/// The checks every one-line text field of the organisation pages shares: trimmed, no control
/// characters, at most 1,000 characters a person sees (emoji and kanji count as one). Messages name
/// the field in the reader's language.
/// </summary>
public static class FieldRules
{
    public static string? Text(
        ModelStateDictionary state, IStringLocalizer t, string key, string? value, string label,
        bool required = false, int maxVisible = VisibleText.FreeText, int maxUnits = VisibleText.FreeTextStorage)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required)
            {
                state.AddModelError(key, t["Field.Required", label]);
            }
            return null;
        }
        if (VisibleText.HasControlCharacters(text))
        {
            state.AddModelError(key, t["Field.Control", label]);
        }
        else if (VisibleText.Length(text) > maxVisible)
        {
            state.AddModelError(key, t["Field.TooLong", label, maxVisible, VisibleText.Length(text)]);
        }
        else if (!VisibleText.Fits(text, maxVisible, maxUnits))
        {
            // Within the visible limit but beyond what the column stores: long emoji sequences count several times.
            state.AddModelError(key, t["Field.TooLongStored", label]);
        }
        return text;
    }

    /// <summary>An email as typed (full-width letters normalised); null with a message when it is not one.</summary>
    public static string? Email(ModelStateDictionary state, IStringLocalizer t, string key, string? value, string label)
    {
        var email = EmailAddress.Clean(value ?? "");
        if (email.Length == 0)
        {
            state.AddModelError(key, t["Field.Required", label]);
            return null;
        }
        if (!EmailAddress.IsPlausible(email))
        {
            state.AddModelError(key, t["Field.EmailInvalid", label]);
            return null;
        }
        return email;
    }

    /// <summary>Employee numbers from HR systems: full-width digits become ASCII.</summary>
    public static string? EmployeeNumber(ModelStateDictionary state, IStringLocalizer t, string key, string? value, string label) =>
        Text(state, t, key, VisibleText.Nfkc(value ?? ""), label, maxVisible: OrganisationValues.EmployeeNumberMax, maxUnits: OrganisationValues.EmployeeNumberMax);

    public static string? Reading(ModelStateDictionary state, IStringLocalizer t, string key, string? value, string label) =>
        Text(state, t, key, VisibleText.Nfkc(value ?? ""), label);
}
