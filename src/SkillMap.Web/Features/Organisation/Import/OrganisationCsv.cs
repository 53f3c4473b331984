using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;
using SkillMap.Core.Text;

namespace SkillMap.Web.Features.Organisation.Import;

/// <summary>
/// Reading and writing the organisation CSV. Japanese Excel saves either "CSV UTF-8" (with a BOM) or
/// plain "CSV", which is Shift_JIS (Windows code page 932); both are read, anything else is refused
/// with a message that says how to save the file. Written files are UTF-8 with a BOM, so Excel opens
/// them with Japanese intact, and cells that Excel would run as formulas are neutralised.
/// </summary>
public static class OrganisationCsv
{
    public const int MaxBytes = 4 * 1024 * 1024;
    public const int MaxRows = 20_000;

    static OrganisationCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(string Text, string EncodingName);

    /// <summary>The file's text, or the key of a message saying why it cannot be read.</summary>
    public static (Decoded? File, string? ErrorKey) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "Import.Error.Empty");
        }
        if (bytes.Length > MaxBytes)
        {
            return (null, "Import.Error.TooLarge");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (null, "Import.Error.Utf16");
        }
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return (null, "Import.Error.Workbook");
        }
        if (bytes.Contains((byte)0))
        {
            return (null, "Import.Error.Encoding");
        }
        var bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (TryDecode(new UTF8Encoding(false, throwOnInvalidBytes: true), bom ? bytes[3..] : bytes) is { } utf8)
        {
            return (new Decoded(utf8, "UTF-8"), null);
        }
        if (!bom && TryDecode(Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes) is { } shiftJis)
        {
            return (new Decoded(shiftJis, "Shift_JIS"), null);
        }
        return (null, "Import.Error.Encoding");
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public sealed record Parsed(IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems);

    /// <summary>Rows by the fixed headers (any order, case ignored). Problems of the file itself are on line 1.</summary>
    public static Parsed Parse(string text)
    {
        var problems = new List<ImportProblem>();
        var rows = new List<ImportRow>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => problems.Add(new ImportProblem(args.Context.Parser?.Row ?? 0, "", "bad-quote")),
        };
        using var parser = new CsvParser(new StringReader(text), config);
        if (!parser.Read())
        {
            return new Parsed(rows, [new ImportProblem(1, "", "no-header")]);
        }
        var header = parser.Record!.Select(h => VisibleText.Nfkc(h).Trim().ToLowerInvariant()).ToList();
        foreach (var unknown in header.Where(h => h.Length > 0 && !ImportColumns.All.Contains(h)).Distinct())
        {
            problems.Add(new ImportProblem(1, unknown, "unknown-header"));
        }
        foreach (var twice in header.GroupBy(h => h).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            problems.Add(new ImportProblem(1, twice.Key, "duplicate-header"));
        }
        var missing = ImportColumns.All.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem(1, "", "missing-header", string.Join(", ", missing)));
        }
        if (problems.Count > 0)
        {
            return new Parsed(rows, problems);
        }
        var index = ImportColumns.All.ToDictionary(c => c, c => header.IndexOf(c));
        while (parser.Read())
        {
            var record = parser.Record!;
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var line = parser.Row;
            if (rows.Count >= MaxRows)
            {
                problems.Add(new ImportProblem(line, "", "too-many-rows", MaxRows.ToString(CultureInfo.InvariantCulture)));
                break;
            }
            if (record.Skip(header.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                problems.Add(new ImportProblem(line, "", "extra-cells"));
            }
            string Cell(string column) => index[column] < record.Length ? Unneutralise(record[index[column]]) : "";
            rows.Add(new ImportRow
            {
                Line = line,
                Email = Cell(ImportColumns.Email),
                EmployeeNumber = Cell(ImportColumns.EmployeeNumber),
                DisplayName = Cell(ImportColumns.DisplayName),
                NameReading = Cell(ImportColumns.NameReading),
                Team = Cell(ImportColumns.Team),
                ParentUnit = Cell(ImportColumns.ParentUnit),
                Role = Cell(ImportColumns.Role),
                Language = Cell(ImportColumns.Language),
                Manages = Cell(ImportColumns.Manages),
            });
        }
        return new Parsed(rows, problems);
    }

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Our own export writes '=x as a neutralised =x; reading it back restores the text.</summary>
    private static string Unneutralise(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    /// <summary>UTF-8 with a BOM, CRLF line ends, the fixed header first; formula-like cells get a leading quote.</summary>
    public static byte[] Write(IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            InjectionOptions = InjectionOptions.Escape,
            InjectionCharacters = FormulaStarts,
            InjectionEscapeCharacter = '\'',
        }))
        {
            foreach (var column in ImportColumns.All)
            {
                csv.WriteField(column);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? "");
                }
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }
}
