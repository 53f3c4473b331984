using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using SkillMap.Web.Data.Migrations;

namespace SkillMap.Web.Data;

public static class DataServices
{
    public static WebApplicationBuilder AddSkillMapData(this WebApplicationBuilder builder)
    {
        DapperSetup.Configure();
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        builder.Services.AddSingleton<Db>();
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddSingleton<Backup.SqliteRunLock>();
        builder.Services.AddSingleton(TimeProvider.System);

        var protection = builder.Services.AddSkillMapDataProtection();
        ProtectKeysWithCertificate(protection, builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DataProtectionKeyStore(services.GetRequiredService<Db>())));
        return builder;
    }

    /// <summary>
    /// Data protection as every SkillMap process sets it up (cookies and antiforgery tokens one instance
    /// writes, another reads): the application name, and AES-256-GCM for keys created from now on, which
    /// encrypts and authenticates in one pass where the default (AES-CBC with HMAC-SHA256) makes two and
    /// builds a MAC object each time; three such operations run on every page. A key made before keeps
    /// its own algorithm until it expires, so cookies already issued stay valid.
    /// </summary>
    public static IDataProtectionBuilder AddSkillMapDataProtection(this IServiceCollection services) =>
        services.AddDataProtection()
            .SetApplicationName("SkillMap")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });

    /// <summary>
    /// With <c>DataProtection:CertificatePath</c> (a .pfx, password in <c>DataProtection:CertificatePassword</c>)
    /// the keys are encrypted in the database; without it anyone holding a database copy could forge sign-ins.
    /// </summary>
    private static void ProtectKeysWithCertificate(IDataProtectionBuilder protection, IConfiguration configuration, string contentRoot)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path)
        {
            return;
        }
        var full = Path.GetFullPath(path, contentRoot);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath points to {full}, which does not exist.");
        }
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(full, configuration["DataProtection:CertificatePassword"], X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {full} has no private key; data-protection keys could not be read back.");
        }
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    /// <summary>Checks the engine and applies pending scripts, unless Database:MigrateOnStart is false.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var db = app.Services.GetRequiredService<Db>();
        if (db.SqlitePath is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            app.Services.GetRequiredService<Backup.SqliteRunLock>().HoldShared(path);
            await SqliteEngineCheck.EnsureSupportedAsync(db);
        }
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await app.Services.GetRequiredService<Migrator>().MigrateAsync();
        }
    }
}
