namespace SkillMap.Web.Features.Account;

/// <summary>A person as sign-in sees them: who they are, whether they may sign in, and their password state.</summary>
public sealed record SignInPerson
{
    public int Id { get; init; }
    public string DisplayName { get; init; } = "";
    public string Role { get; init; } = "";
    public string Language { get; init; } = "ja";
    public string? Email { get; init; }
    public bool IsDemo { get; init; }
    public DateTime? DeactivatedAt { get; init; }
    public DateTime? ErasedAt { get; init; }
    public string? PasswordHash { get; init; }
    public string? SecurityStamp { get; init; }
    public DateTime? LockoutEnd { get; init; }

    public bool IsActive => DeactivatedAt is null && ErasedAt is null;
}
