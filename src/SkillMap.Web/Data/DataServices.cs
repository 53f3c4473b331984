using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
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

        var protection = builder.Services.AddDataProtection().SetApplicationName("SkillMap");
        ProtectKeysWithCertificate(protection, builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DataProtectionKeyStore(services.GetRequiredService<Db>())));
        return builder;
    }

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
