namespace SkillMap.Web.Features.Account;

/// <summary>The <c>Authentication</c> section: how people sign in. Every key is in the README.</summary>
public sealed class AccountOptions
{
    public const string Section = "Authentication";

    public LocalSignInOptions LocalSignIn { get; set; } = new();

    public LockoutOptions Lockout { get; set; } = new();

    public PasswordOptions Password { get; set; } = new();

    public LinkOptions Invitation { get; set; } = new() { Hours = 7 * 24 };

    public LinkOptions PasswordReset { get; set; } = new() { Hours = 1 };

    public OidcOptions Oidc { get; set; } = new();

    public sealed class LocalSignInOptions
    {
        /// <summary>Email and password; switch off when everyone signs in with OpenID Connect.</summary>
        public bool Enabled { get; set; } = true;
    }

    public sealed class LockoutOptions
    {
        public int MaxFailedAttempts { get; set; } = 5;

        public int Minutes { get; set; } = 15;
    }

    public sealed class PasswordOptions
    {
        public int MinimumLength { get; set; } = 12;
    }

    public sealed class LinkOptions
    {
        public int Hours { get; set; }
    }

    public sealed class OidcOptions
    {
        /// <summary>The issuer's address, e.g. https://login.microsoftonline.com/{tenant}/v2.0. OpenID Connect is on when this is set.</summary>
        public string? Authority { get; set; }

        public string? ClientId { get; set; }

        public string? ClientSecret { get; set; }

        /// <summary>The button's text: "Sign in with {DisplayName}".</summary>
        public string DisplayName { get; set; } = "OpenID Connect";

        public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
    }
}
