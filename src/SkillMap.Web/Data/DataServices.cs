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

        builder.Services.AddDataProtection().SetApplicationName("SkillMap");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DataProtectionKeyStore(services.GetRequiredService<Db>())));
        return builder;
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
