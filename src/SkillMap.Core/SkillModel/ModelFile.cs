using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SkillMap.Core.SkillModel;

/// <summary>
/// Reads a model file for import: size, encoding, JSON and every item rule, all checked before anything
/// is stored, so a bad file is refused as a whole with every problem listed.
/// </summary>
public static partial class ModelFile
{
    /// <summary>The default model is about 150 KB; a file forty times that is not a skill model.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public sealed record Result(ModelDocument? Document, IReadOnlyList<SkillItem> Items, IReadOnlyList<ModelProblem> Problems)
    {
        public bool Ok => Problems.Count == 0 && Document is not null;
    }

    public static async Task<Result> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Failed(new ModelProblem(0, null, "file", ModelProblemKind.TooLarge, "4 MB"));
            }
            buffer.Write(chunk, 0, read);
        }
        string json;
        try
        {
            json = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return Failed(new ModelProblem(0, null, "file", ModelProblemKind.NotUtf8));
        }
        return Parse(json.TrimStart('\uFEFF'));
    }

    public static Result Parse(string json)
    {
        ModelDocument document;
        try
        {
            document = ModelDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return Failed(FromJsonException(exception));
        }
        document.Items ??= [];
        document.Items.RemoveAll(i => i is null);
        var (items, problems) = ModelReader.Read(document);
        return new Result(document, items, problems);
    }

    private static Result Failed(ModelProblem problem) => new(null, [], [problem]);

    /// <summary>Names the item and field from the JSON path ($.items[3].stage → item 4, "stage").</summary>
    private static ModelProblem FromJsonException(JsonException exception)
    {
        var where = exception.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, position {exception.BytePositionInLine + 1}")
            : "at the start";
        var path = exception.Path ?? "$";
        var match = ItemPath().Match(path);
        var position = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1 : 0;
        var field = match.Success ? match.Groups[2].Value.TrimStart('.') : path.TrimStart('$').TrimStart('.');
        var unknownField = exception.Message.Contains("could not be mapped", StringComparison.Ordinal);
        if (unknownField)
        {
            var name = UnmappedName().Match(exception.Message);
            field = string.Join('.', new[] { field, name.Success ? name.Groups[1].Value : "" }.Where(s => s.Length > 0));
        }
        return new ModelProblem(position, null, field.Length == 0 ? "file" : field,
            unknownField ? ModelProblemKind.UnknownField : ModelProblemKind.InvalidJson, where,
            unknownField ? "the fields listed in the README" : null);
    }

    [GeneratedRegex(@"^\$\.items\[(\d+)\](.*)$")]
    private static partial Regex ItemPath();

    [GeneratedRegex("property '([^']*)'")]
    private static partial Regex UnmappedName();
}
