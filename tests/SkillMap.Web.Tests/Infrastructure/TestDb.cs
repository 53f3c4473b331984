using Microsoft.Extensions.Logging.Abstractions;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;

namespace SkillMap.Web.Tests.Infrastructure;

public static class TestDb
{
    public static Db Sqlite(string path) => new(new DatabaseOptions { Engine = DatabaseEngine.Sqlite, SqlitePath = path }, null, Path.GetTempPath());

    public static Migrator Migrator(Db db, IReadOnlyList<DbUp.Engine.SqlScript>? scripts = null) => new(db, NullLogger<Migrator>.Instance, scripts);
}
