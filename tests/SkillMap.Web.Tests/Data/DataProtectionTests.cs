using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Data;

/// <summary>Several instances behind a load balancer share one database, and with it the keys that sign cookies.</summary>
public sealed class DataProtectionTests
{
    /// <summary>Signs in on <paramref name="first"/> and returns the sign-in cookie as a Cookie header.</summary>
    private static async Task<string> SignInCookieAsync(SkillMapFactory first)
    {
        var response = await first.CreateBrowserClient().SignInWithPasswordAsync("aiko@example.jp");
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-skillmap-auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<string?> WhoAmIWithAsync(SkillMapFactory app, string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return await client.WhoAmIAsync();
    }

    private static Task<List<string>> StoredKeysAsync(SkillMapFactory app) =>
        new TestOrganisation(app.Service<Db>()).QueryAsync<string>("SELECT Xml FROM DataProtectionKey");

    [Fact]
    public async Task A_sign_in_on_one_instance_is_valid_on_another_instance_on_the_same_database()
    {
        using var first = TestAccounts.Production();
        await first.PersonAsync("Aiko Sato", "aiko@example.jp");
        var cookie = await SignInCookieAsync(first);

        using var second = TestAccounts.Production("Database:SqlitePath=" + first.DatabasePath);
        using var elsewhere = TestAccounts.Production();
        await elsewhere.PersonAsync("Aiko Sato", "aiko@example.jp");

        Assert.Equal("Aiko Sato", await WhoAmIWithAsync(second, cookie));
        Assert.Null(await WhoAmIWithAsync(elsewhere, cookie));
    }

    [Fact]
    public async Task Without_a_certificate_the_stored_keys_are_readable_which_the_README_warns_about()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        await SignInCookieAsync(app);

        var keys = await StoredKeysAsync(app);

        Assert.Contains(keys, k => k.Contains("<masterKey", StringComparison.Ordinal) && k.Contains("<value>", StringComparison.Ordinal));
        Assert.Contains("a database backup can forge sign-ins", await File.ReadAllTextAsync(RepoPaths.Combine("README.md")));
    }

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_still_shared()
    {
        using var directory = new TempDirectory();
        var pfx = directory.File("keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=SkillMap data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx password"));
        }
        string[] settings = ["DataProtection:CertificatePath=" + pfx, "DataProtection:CertificatePassword=pfx password"];
        using var first = TestAccounts.Production(settings);
        await first.PersonAsync("Aiko Sato", "aiko@example.jp");
        var cookie = await SignInCookieAsync(first);
        using var second = TestAccounts.Production([.. settings, "Database:SqlitePath=" + first.DatabasePath]);

        var keys = await StoredKeysAsync(first);

        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("EncryptedData", k));
        Assert.All(keys, k => Assert.DoesNotContain("<value>", k));
        Assert.Equal("Aiko Sato", await WhoAmIWithAsync(second, cookie));
    }

    [Fact]
    public async Task Keys_SkillMap_makes_use_AES_256_GCM()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Aiko Sato", "aiko@example.jp");
        var cookie = await SignInCookieAsync(app);

        var keys = await StoredKeysAsync(app);

        Assert.All(keys, k => Assert.Contains("algorithm=\"AES_256_GCM\"", k));
        Assert.Equal("Aiko Sato", await WhoAmIWithAsync(app, cookie));
    }

    [Fact]
    public async Task A_key_an_earlier_version_made_with_AES_CBC_keeps_signing_and_opening_cookies_until_it_expires()
    {
        // The database as an earlier SkillMap left it: its one key made with the default algorithms.
        using var earlier = TestAccounts.Production();
        await earlier.PersonAsync("Aiko Sato", "aiko@example.jp");
        var org = new TestOrganisation(earlier.Service<Db>());
        await org.ExecuteAsync("DELETE FROM DataProtectionKey");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("SkillMap");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new DataProtectionKeyStore(earlier.Service<Db>()));
        await using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("an earlier SkillMap").Protect([1]);
        }

        using var updated = TestAccounts.Production("Database:SqlitePath=" + earlier.DatabasePath);
        var cookie = await SignInCookieAsync(updated);
        var keys = await StoredKeysAsync(updated);

        Assert.Contains("algorithm=\"AES_256_CBC\"", Assert.Single(keys), StringComparison.Ordinal);
        Assert.Equal("Aiko Sato", await WhoAmIWithAsync(updated, cookie));
    }

    [Fact]
    public void A_configured_certificate_that_is_missing_stops_start_up()
    {
        using var app = TestAccounts.Production("DataProtection:CertificatePath=/nonexistent/keys.pfx");

        Assert.ThrowsAny<Exception>(() => app.CreateClient());
    }
}
