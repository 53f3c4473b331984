using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace SkillMap.Web.Features.Plans.Export;

/// <summary>
/// Writes export rows to a stream in one of four formats, row by row as they arrive. Spreadsheet
/// formats (CSV, XLSX) neutralise a cell that starts with = + - @ tab or CR, so no text a person
/// typed runs as a formula in Excel.
/// </summary>
public static class PlanExportWriter
{
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "text/markdown; charset=utf-8",
    };

    public static string Extension(ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>A leading apostrophe makes Excel read the cell as text: "=1+1" shows as =1+1 and never computes.</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;

    public static void Write(ExportFormat format, Stream output, IEnumerable<ExportRow> rows, ExportTexts texts)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                WriteCsv(output, rows, texts);
                break;
            case ExportFormat.Xlsx:
                WriteXlsx(output, rows, texts);
                break;
            case ExportFormat.Json:
                WriteJson(output, rows);
                break;
            default:
                MarkdownPlanWriter.Write(output, rows, texts);
                break;
        }
    }

    /// <summary>UTF-8 with a byte-order mark, so Excel in Japanese opens it without mojibake.</summary>
    private static void WriteCsv(Stream output, IEnumerable<ExportRow> rows, ExportTexts texts)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = InjectionOptions.Escape,
            InjectionCharacters = FormulaStarts,
            NewLine = "\r\n",
        };
        using var csv = new CsvWriter(writer, configuration);
        foreach (var header in texts.Headers)
        {
            csv.WriteField(header);
        }
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var value in row.Values())
            {
                csv.WriteField(value);
            }
            csv.NextRecord();
        }
    }

    private static void WriteXlsx(Stream output, IEnumerable<ExportRow> rows, ExportTexts texts)
    {
        var headers = texts.Headers;
        var sheet = rows.Select(row =>
        {
            var values = row.Values();
            var cells = new Dictionary<string, object?>(values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                cells[headers[i]] = Neutralise(values[i]);
            }
            return (IDictionary<string, object?>)cells;
        });
        var configuration = new OpenXmlConfiguration { FastMode = false, AutoFilter = true, EnableWriteNullValueCell = true };
        output.SaveAs(sheet, printHeader: true, sheetName: texts.Title.Length > 31 ? texts.Title[..31] : texts.Title, excelType: ExcelType.XLSX, configuration: configuration);
    }

    private static void WriteJson(Stream output, IEnumerable<ExportRow> rows)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartObject();
            var values = row.Values();
            for (var i = 0; i < values.Length; i++)
            {
                json.WriteString(ExportRow.Columns[i], values[i]);
            }
            json.WriteEndObject();
            if (json.BytesPending > 32 * 1024)
            {
                json.Flush();
            }
        }
        json.WriteEndArray();
        json.Flush();
    }
}
