using System.Data.Common;
using Dapper;

namespace SkillMap.Web.Data;

/// <summary>
/// The rows of a <see cref="Db.ReadPreparedAsync{T}"/>, read into records by Dapper. On a prepared
/// statement the row parser is kept with the statement: Dapper's own lookup names every column again
/// (a new string per column from SQLite) on each read, a noticeable share of a read that runs on
/// every request.
/// </summary>
public sealed class PreparedRows(DbDataReader reader, RowParsers? parsers)
{
    private int result;

    /// <summary>The rows of the current result set as <typeparamref name="T"/>.</summary>
    public List<T> ToList<T>()
    {
        var rows = new List<T>();
        if (!reader.Read())
        {
            return rows;
        }
        var parse = ParserFor<T>();
        do
        {
            rows.Add(parse(reader));
        }
        while (reader.Read());
        return rows;
    }

    /// <summary>The first row of the current result set as <typeparamref name="T"/>, or null when there is none.</summary>
    public T? FirstOrDefault<T>() where T : class => reader.Read() ? ParserFor<T>()(reader) : null;

    /// <summary>Moves to the next statement's rows.</summary>
    public bool NextResult()
    {
        result++;
        return reader.NextResult();
    }

    private Func<DbDataReader, T> ParserFor<T>() => parsers is null ? reader.GetRowParser<T>() : parsers.For<T>(reader, result);
}

/// <summary>
/// Row parsers of one prepared statement, by result set, record type and the column types of the row
/// in hand: the column names are fixed by the statement's text, and the types are what Dapper's own
/// cache tells apart as well (SQLite reports a type per value). Used by one read at a time.
/// </summary>
public sealed class RowParsers
{
    private readonly Dictionary<(int Result, Type Type, int ColumnTypes), Delegate> parsers = [];

    public Func<DbDataReader, T> For<T>(DbDataReader reader, int result)
    {
        var columnTypes = reader.FieldCount;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            columnTypes = HashCode.Combine(columnTypes, reader.GetFieldType(i));
        }
        var key = (result, typeof(T), columnTypes);
        if (parsers.TryGetValue(key, out var parser))
        {
            return (Func<DbDataReader, T>)parser;
        }
        var created = reader.GetRowParser<T>();
        parsers[key] = created;
        return created;
    }
}
