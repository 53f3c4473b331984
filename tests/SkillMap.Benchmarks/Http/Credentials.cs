using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Benchmarks.Http;

/// <summary>
/// What the load needs to be signed in without a sign-in page: authentication cookies minted with the
/// app's own data protection (its application name and the key ring it keeps in the database), exactly
/// as the cookie handler would write them, and a throw-away TLS certificate for Kestrel.
/// </summary>
public static class Credentials
{
    public const string CertificatePassword = "skillmap-bench";

    /// <summary>The cookie name outside Development (a __Host- cookie, sent over HTTPS).</summary>
    public const string AuthCookie = "__Host-skillmap-auth";

    public static Func<int, string, string, string> CookieMinter(Db db)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSkillMapDataProtection();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DataProtectionKeyStore(db)));
        var provider = services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
        var format = new TicketDataFormat(provider.CreateProtector(
            "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", CookieAuthenticationDefaults.AuthenticationScheme, "v2"));
        return (personId, name, role) =>
        {
            var principal = CurrentPerson.Principal(personId, name, role, CookieAuthenticationDefaults.AuthenticationScheme);
            var now = DateTimeOffset.UtcNow;
            var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(10) }, CookieAuthenticationDefaults.AuthenticationScheme);
            return $"{AuthCookie}={format.Protect(ticket)}";
        };
    }

    public static void WriteCertificate(string path)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }

    public static HttpClient Client(int connections = 64) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        MaxConnectionsPerServer = connections,
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    }) { Timeout = TimeSpan.FromSeconds(30) };
}
