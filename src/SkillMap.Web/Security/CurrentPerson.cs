using System.Security.Claims;

namespace SkillMap.Web.Security;

public enum Role
{
    Member,
    Manager,
    Admin,
}

/// <summary>The signed-in person of this request, read from the authentication cookie's claims.</summary>
public sealed class CurrentPerson(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true && Id > 0;

    public int Id => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : 0;

    public string Name => User.FindFirstValue(ClaimTypes.Name) ?? "";

    public Role Role => Enum.TryParse<Role>(User.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role) ? role : Role.Member;

    public bool IsAdmin => IsSignedIn && Role == Role.Admin;

    public static ClaimsPrincipal Principal(int personId, string displayName, string role, string authenticationType) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, personId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, displayName),
                new Claim(ClaimTypes.Role, role),
            ],
            authenticationType));
}
