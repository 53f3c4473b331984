using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>
/// A tiny OpenID Connect provider in the test process: discovery, signing keys and a token endpoint
/// that issues RS256 id_tokens with PKCE checked. The test plays the person at the authorize step by
/// calling <see cref="Approve"/> with the identity the provider vouches for.
/// </summary>
public sealed class StubIssuer : IAsyncDisposable
{
    public const string Issuer = "https://issuer.test";
    public const string ClientId = "skillmap-test";
    public const string ClientSecret = "stub-secret";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> grants = new();
    private WebApplication app = null!;

    public sealed record Identity(string Subject, string? Email, bool? EmailVerified, string Issuer = Issuer);

    private sealed record Grant(Identity Identity, string Nonce, string CodeChallenge, string RedirectUri);

    /// <summary>The settings that turn OpenID Connect on against this issuer.</summary>
    public static string[] Settings =>
    [
        "Authentication:Oidc:Authority=" + Issuer,
        "Authentication:Oidc:ClientId=" + ClientId,
        "Authentication:Oidc:ClientSecret=" + ClientSecret,
        "Authentication:Oidc:DisplayName=Stub ID",
    ];

    public HttpMessageHandler Handler => app.GetTestServer().CreateHandler();

    public int TokenRequests { get; private set; }

    public static async Task<StubIssuer> StartAsync()
    {
        var stub = new StubIssuer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        stub.app = builder.Build();
        stub.app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        stub.app.MapGet("/jwks", stub.Keys);
        stub.app.MapPost("/token", stub.TokenAsync);
        await stub.app.StartAsync();
        return stub;
    }

    /// <summary>
    /// Answers SkillMap's authorization request (the address its challenge redirected to) as the
    /// provider would after the person signed in: the callback address and the form to post there.
    /// </summary>
    public (string CallbackUrl, Dictionary<string, string> Form) Approve(Uri authorizationRequest, Identity identity)
    {
        var query = QueryHelpers.ParseQuery(authorizationRequest.Query);
        Assert.Equal(ClientId, query["client_id"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        grants[code] = new Grant(identity, query["nonce"]!, query["code_challenge"]!, query["redirect_uri"]!);
        return (query["redirect_uri"]!, new Dictionary<string, string> { ["code"] = code, ["state"] = query["state"]! });
    }

    private IResult Keys()
    {
        var key = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = "stub-key" });
        return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "stub-key", n = key.N, e = key.E } } });
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        TokenRequests++;
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || form["client_secret"] != ClientSecret
            || !grants.TryRemove(form["code"].ToString(), out var grant) || form["redirect_uri"] != grant.RedirectUri
            || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.CodeChallenge)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }
        var claims = new Dictionary<string, object> { ["sub"] = grant.Identity.Subject, ["nonce"] = grant.Nonce, ["name"] = "Name From Provider" };
        if (grant.Identity.Email is { } email)
        {
            claims["email"] = email;
        }
        if (grant.Identity.EmailVerified is { } verified)
        {
            claims["email_verified"] = verified;
        }
        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = grant.Identity.Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "stub-key" }, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { id_token = idToken, access_token = "stub-access-token", token_type = "Bearer", expires_in = 300 });
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        rsa.Dispose();
    }
}
