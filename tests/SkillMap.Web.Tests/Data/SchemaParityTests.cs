using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Data;

/// <summary>The two migration sets must create the same tables with the same columns.</summary>
public sealed class SchemaParityTests
{
    [Fact]
    public async Task Both_engines_create_the_same_tables_and_columns()
    {
        using var directory = new TempDirectory();
        var db = TestDb.Sqlite(directory.File("parity.db"));
        await TestDb.Migrator(db).MigrateAsync(TestContext.Current.CancellationToken);

        var sqlite = await SqliteColumnsAsync(db);
        var sqlServer = SqlServerColumns();

        Assert.NotEmpty(sqlite);
        Assert.Empty(sqlite.Except(sqlServer, StringComparer.OrdinalIgnoreCase));
        Assert.Empty(sqlServer.Except(sqlite, StringComparer.OrdinalIgnoreCase));
    }

    private static async Task<HashSet<string>> SqliteColumnsAsync(Db db)
    {
        await using var connection = await db.OpenAsync();
        var tables = await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions'");
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            foreach (var column in await connection.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')"))
            {
                columns.Add($"{table}.{column}");
            }
        }
        return columns;
    }

    private static HashSet<string> SqlServerColumns()
    {
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var script in MigrationScripts.For(DatabaseEngine.SqlServer))
        {
            var fragment = new TSql160Parser(true).Parse(new StringReader(script.Contents), out var errors);
            Assert.Empty(errors);
            var visitor = new SchemaVisitor(columns);
            fragment.Accept(visitor);
        }
        return columns;
    }

    private sealed class SchemaVisitor(HashSet<string> columns) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(CreateTableStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            foreach (var column in node.Definition.ColumnDefinitions)
            {
                columns.Add($"{table}.{column.ColumnIdentifier.Value}");
            }
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            foreach (var column in node.Definition.ColumnDefinitions)
            {
                columns.Add($"{table}.{column.ColumnIdentifier.Value}");
            }
        }

        public override void ExplicitVisit(AlterTableDropTableElementStatement node)
        {
            var table = node.SchemaObjectName.BaseIdentifier.Value;
            foreach (var element in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
            {
                columns.Remove($"{table}.{element.Name.Value}");
            }
        }

        public override void ExplicitVisit(DropTableStatement node)
        {
            foreach (var name in node.Objects)
            {
                columns.RemoveWhere(c => c.StartsWith(name.BaseIdentifier.Value + ".", StringComparison.OrdinalIgnoreCase));
            }
        }
    }
}
