using Microsoft.SqlServer.TransactSql.ScriptDom;
using SkillMap.Web.Data;
using SkillMap.Web.Data.Migrations;

namespace SkillMap.Web.Tests.Data;

/// <summary>
/// Free text takes 1,000 characters a person sees, emoji included, which needs NVARCHAR(4000) on SQL
/// Server (SQLite's TEXT has no width). The final type of each column, after every ALTER, is checked.
/// </summary>
public sealed class TextColumnWidthTests
{
    [Theory]
    [InlineData("Team", "Name")]
    [InlineData("OrgUnit", "Name")]
    [InlineData("Person", "DisplayName")]
    [InlineData("Person", "NameReading")]
    [InlineData("DraftAnswer", "Comment")]
    [InlineData("RatingComment", "Body")]
    public void Free_text_columns_hold_a_thousand_visible_characters_on_SQL_Server(string table, string column)
    {
        var type = FinalTypes()[$"{table}.{column}"];

        Assert.True(type is "NVARCHAR(4000)" or "NVARCHAR(MAX)", $"{table}.{column} is {type}");
    }

    [Theory]
    [InlineData("Person", "Email", 320)]
    [InlineData("Person", "EmployeeNumber", 100)]
    public void Bounded_columns_match_the_limits_the_forms_enforce(string table, string column, int width) =>
        Assert.Equal($"NVARCHAR({width})", FinalTypes()[$"{table}.{column}"]);

    private static Dictionary<string, string> FinalTypes()
    {
        var types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var script in MigrationScripts.For(DatabaseEngine.SqlServer))
        {
            var fragment = new TSql160Parser(true).Parse(new StringReader(script.Contents), out var errors);
            Assert.Empty(errors);
            fragment.Accept(new Visitor(types));
        }
        return types;
    }

    private static string Describe(DataTypeReference type) => type switch
    {
        SqlDataTypeReference sql => sql.Parameters.Count == 0
            ? sql.SqlDataTypeOption.ToString().ToUpperInvariant()
            : $"{sql.SqlDataTypeOption.ToString().ToUpperInvariant()}({sql.Parameters[0].Value.ToUpperInvariant()})",
        _ => type.Name.BaseIdentifier.Value.ToUpperInvariant(),
    };

    private sealed class Visitor(Dictionary<string, string> types) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(CreateTableStatement node)
        {
            foreach (var column in node.Definition.ColumnDefinitions.Where(c => c.DataType is not null))
            {
                types[$"{node.SchemaObjectName.BaseIdentifier.Value}.{column.ColumnIdentifier.Value}"] = Describe(column.DataType);
            }
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            foreach (var column in node.Definition.ColumnDefinitions.Where(c => c.DataType is not null))
            {
                types[$"{node.SchemaObjectName.BaseIdentifier.Value}.{column.ColumnIdentifier.Value}"] = Describe(column.DataType);
            }
        }

        public override void ExplicitVisit(AlterTableAlterColumnStatement node) =>
            types[$"{node.SchemaObjectName.BaseIdentifier.Value}.{node.ColumnIdentifier.Value}"] = Describe(node.DataType);
    }
}
