namespace SkillMap.Web.Data.Migrations;

public sealed partial class Migrator
{
    internal static class Sql
    {
        public const string WalModeSqlite = "PRAGMA journal_mode = WAL;";

        public const string BeginImmediateSqlite = "BEGIN IMMEDIATE;";

        public const string CommitSqlite = "COMMIT;";

        public const string RollbackSqlite = "ROLLBACK;";

        public const string JournalExistsSqlite = """
            SELECT COUNT(*)
            FROM sqlite_master
            WHERE type = 'table'
              AND name = 'SchemaVersions'
            """;

        public const string JournalExists = """
            SELECT COUNT(*)
            FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_NAME = 'SchemaVersions'
            """;

        public const string ExecutedScripts = """
            SELECT ScriptName
            FROM SchemaVersions
            """;

        public const string AcquireAppLock = """
            DECLARE @granted INT;
            EXEC @granted = sp_getapplock @Resource = 'SkillMap.Migrate', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 60000;
            SELECT @granted;
            """;

        public const string ReleaseAppLock = """
            EXEC sp_releaseapplock @Resource = 'SkillMap.Migrate', @LockOwner = 'Session';
            """;
    }
}
