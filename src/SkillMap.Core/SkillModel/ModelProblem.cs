namespace SkillMap.Core.SkillModel;

public enum ModelProblemKind
{
    Missing,
    MissingTranslation,
    Duplicate,
    UnknownValue,
    UnknownField,
    Mismatch,
    InvalidKey,
    TooLong,
    TooLongStored,
    Empty,
    InvalidJson,
    TooLarge,
    NotUtf8,
    AnchorsChanged,
}

/// <summary>
/// One thing wrong with a model file or an edited item. <see cref="Position"/> is the item's place in
/// the file (1-based; 0 for the file itself), so the message can name both the item and the field.
/// </summary>
public sealed record ModelProblem(int Position, string? ItemKey, string Field, ModelProblemKind Kind, string? Value = null, string? Expected = null)
{
    /// <summary>The English sentence the command line prints; pages show a translated one built from the same parts.</summary>
    public string Message => Kind switch
    {
        ModelProblemKind.Missing => "is missing",
        ModelProblemKind.MissingTranslation => "has no text in this language",
        ModelProblemKind.Duplicate => $"'{Value}' appears twice",
        ModelProblemKind.UnknownValue => $"unknown value '{Value}' (expected one of: {Expected})",
        ModelProblemKind.UnknownField => $"unknown field (expected: {Expected})",
        ModelProblemKind.Mismatch => $"'{Value}' does not fit the item's kind (expected: {Expected})",
        ModelProblemKind.InvalidKey => $"'{Value}' is not a valid key (lower-case letters and digits separated by '.' or '-', at most {ModelReader.MaxKeyLength} characters)",
        ModelProblemKind.TooLong => $"is longer than {Value} characters",
        ModelProblemKind.TooLongStored => "is too long to store: emoji made of several symbols (skin tones, families, flags) take more room",
        ModelProblemKind.Empty => "the model has no items",
        ModelProblemKind.InvalidJson => $"not valid JSON ({Value})",
        ModelProblemKind.TooLarge => $"the file is larger than {Value}",
        ModelProblemKind.NotUtf8 => "the file is not UTF-8 text",
        ModelProblemKind.AnchorsChanged => $"the levels of '{Value}' differ from version {Expected}: changing what the levels mean needs a new key",
        _ => Kind.ToString(),
    };

    public string Where => Position == 0
        ? Field
        : $"item {Position} ({(string.IsNullOrWhiteSpace(ItemKey) ? "no key" : ItemKey)}), {Field}";

    public override string ToString() => $"{Where}: {Message}";
}
