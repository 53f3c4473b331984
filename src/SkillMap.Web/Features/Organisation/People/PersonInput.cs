namespace SkillMap.Web.Features.Organisation.People;

/// <summary>The person form. Role and team are honoured only where the visitor may set them.</summary>
public sealed class PersonInput
{
    public string? Email { get; set; }

    public string? EmployeeNumber { get; set; }

    public string? DisplayName { get; set; }

    public string? NameReading { get; set; }

    public string Role { get; set; } = "member";

    public string Language { get; set; } = "ja";

    public bool IsRated { get; set; } = true;

    public int? TeamId { get; set; }
}

/// <summary>A checked and normalised person, ready to store.</summary>
public sealed record PersonValues(string Email, string? EmployeeNumber, string DisplayName, string? NameReading, string Role, string Language, bool IsRated);

public static class PersonForm
{
    /// <summary>Checks the form; the role is taken only when <paramref name="roleAllowed"/>, else <paramref name="keepRole"/>.</summary>
    public static PersonValues? Validate(
        PersonInput input, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state,
        Microsoft.Extensions.Localization.IStringLocalizer t, bool roleAllowed, string keepRole, string? keepEmail = null)
    {
        var email = keepEmail ?? FieldRules.Email(state, t, "Input.Email", input.Email, t["People.Email"]);
        var number = FieldRules.EmployeeNumber(state, t, "Input.EmployeeNumber", input.EmployeeNumber, t["People.EmployeeNumber"]);
        var name = FieldRules.Text(state, t, "Input.DisplayName", input.DisplayName, t["People.DisplayName"], required: true);
        var reading = FieldRules.Reading(state, t, "Input.NameReading", input.NameReading, t["People.Reading"]);
        var role = roleAllowed ? input.Role : keepRole;
        if (!SkillMap.Core.Organisation.OrganisationValues.Roles.Contains(role))
        {
            state.AddModelError("Input.Role", t["People.Error.Role"]);
        }
        if (!SkillMap.Core.Organisation.OrganisationValues.Languages.Contains(input.Language))
        {
            state.AddModelError("Input.Language", t["People.Error.Language"]);
        }
        return state.IsValid ? new PersonValues(email!, number, name!, reading, role, input.Language, input.IsRated) : null;
    }
}

/// <summary>What the shared profile fields partial needs.</summary>
public sealed record PersonFieldsView(PersonInput Input, bool EmailEditable, bool RoleEditable);
