using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;

namespace SkillMap.Web.Tests.Data;

/// <summary>
/// SQL Server cannot run here, so every statement the app can send to it is parsed as T-SQL, and a
/// parse is not enough: SQLite-only functions and collations parse fine, so they are rejected by name.
/// A statement whose constant name ends in "Sqlite" runs only on SQLite and is skipped.
/// </summary>
public sealed partial class SqlServerDialectTests
{
    private static readonly HashSet<string> SqlServerFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "COUNT_BIG", "SUM", "MIN", "MAX", "AVG", "STDEV", "STDEVP", "COALESCE", "NULLIF", "ISNULL",
        "ROUND", "ABS", "FLOOR", "CEILING", "POWER", "SQRT", "LEN", "DATALENGTH", "UPPER", "LOWER", "LTRIM", "RTRIM", "TRIM",
        "SUBSTRING", "CHARINDEX", "REPLACE", "CONCAT", "STRING_AGG", "DATEADD", "DATEDIFF", "SYSUTCDATETIME",
        "NEWID", "CRYPT_GEN_RANDOM", "ROW_NUMBER", "RANK", "DENSE_RANK", "NTILE", "PERCENTILE_CONT", "PERCENTILE_DISC",
        "OBJECT_ID", "SCHEMA_NAME", "DB_NAME", "APP_NAME", "CHECKSUM", "IIF", "CHOOSE", "FORMAT", "SCOPE_IDENTITY",
    };

    private static readonly HashSet<string> SqlServerCollations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Latin1_General_100_CI_AS_SC_UTF8", "Latin1_General_100_CI_AS", "Japanese_XJIS_140_CI_AS", "Latin1_General_BIN2",
    };

    public static TheoryData<string> Statements()
    {
        var data = new TheoryData<string>();
        foreach (var name in AppStatements().Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }
        return data;
    }

    /// <summary>Every SQL constant of every nested <c>Sql</c> class in the web assembly that can run on SQL Server.</summary>
    public static Dictionary<string, string> AppStatements() =>
        typeof(Db).Assembly.GetTypes()
            .Where(t => t.IsNested && t.Name == "Sql")
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !f.Name.EndsWith("Sqlite", StringComparison.Ordinal))
                .Select(f => (Name: $"{t.DeclaringType!.Name}.{f.Name}", Text: (string)f.GetRawConstantValue()!)))
            .ToDictionary(s => s.Name, s => s.Text);

    [Fact]
    public void The_app_has_sql_server_statements_to_check() => Assert.True(AppStatements().Count >= 30);

    [Theory]
    [MemberData(nameof(Statements))]
    public void Every_statement_is_valid_TSql_with_only_SQL_Server_functions(string name) =>
        AssertSqlServer(name, AppStatements()[name]);

    [Fact]
    public void Every_SQL_Server_migration_is_valid_TSql_with_only_SQL_Server_functions()
    {
        foreach (var script in MigrationScripts.For(DatabaseEngine.SqlServer))
        {
            foreach (var batch in GoSeparator().Split(script.Contents).Where(b => !string.IsNullOrWhiteSpace(b)))
            {
                AssertSqlServer(script.Name, batch);
            }
        }
    }

    [Theory]
    [InlineData("SELECT IFNULL(Score, 0) FROM Rating")]
    [InlineData("SELECT GROUP_CONCAT(Name) FROM Team")]
    [InlineData("SELECT datetime('now')")]
    [InlineData("SELECT Name FROM Person WHERE Email = @e COLLATE NOCASE")]
    [InlineData("SELECT Name FROM Team LIMIT 1")]
    [InlineData("INSERT INTO Team (Name) VALUES (@n) RETURNING Id")]
    public void SQLite_only_sql_is_caught(string sql) =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSqlServer("sample", sql));

    internal static void AssertSqlServer(string name, string sql)
    {
        // Dapper expands "IN @ids" itself; T-SQL needs the parentheses to parse.
        var text = DapperList().Replace(sql, "IN ($1)");
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragment = parser.Parse(new StringReader(text), out var errors);
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{text}");
        var visitor = new DialectVisitor();
        fragment.Accept(visitor);
        Assert.True(visitor.Problems.Count == 0, $"{name}: {string.Join("; ", visitor.Problems)}");
    }

    private sealed class DialectVisitor : TSqlFragmentVisitor
    {
        public List<string> Problems { get; } = [];

        public override void ExplicitVisit(FunctionCall node)
        {
            if (!SqlServerFunctions.Contains(node.FunctionName.Value))
            {
                Problems.Add($"function {node.FunctionName.Value} is not a SQL Server function on the allowlist");
            }
            base.ExplicitVisit(node);
        }

        public override void Visit(TSqlFragment node)
        {
            var collation = node switch
            {
                ColumnDefinition column => column.Collation,
                PrimaryExpression expression => expression.Collation,
                _ => null,
            };
            if (collation is not null && !SqlServerCollations.Contains(collation.Value))
            {
                Problems.Add($"collation {collation.Value} is not a SQL Server collation on the allowlist");
            }
            base.Visit(node);
        }
    }

    [GeneratedRegex(@"\bIN\s+(@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex DapperList();

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}
