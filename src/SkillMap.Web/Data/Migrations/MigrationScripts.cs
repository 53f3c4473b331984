using System.Reflection;
using DbUp.Engine;

namespace SkillMap.Web.Data.Migrations;

/// <summary>
/// The numbered scripts of db/sqlite and db/sqlserver, embedded in this assembly so a published
/// folder carries them. Both engines journal the same names (<c>0001_initial.sql</c>).
/// </summary>
public static class MigrationScripts
{
    public static string Folder(DatabaseEngine engine) => engine == DatabaseEngine.Sqlite ? "db/sqlite/" : "db/sqlserver/";

    public static IReadOnlyList<SqlScript> For(DatabaseEngine engine)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = Folder(engine);
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Load(assembly, name, name[prefix.Length..]))
            .ToList();
    }

    private static SqlScript Load(Assembly assembly, string resourceName, string scriptName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SqlScript(scriptName, reader.ReadToEnd());
    }
}
