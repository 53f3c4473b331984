namespace SkillMap.Web.Features.Plans.Export;

/// <summary>
/// The one row shape of every training-plan export (CSV, XLSX, JSON, Markdown). No rater, no level,
/// no peer identity: what a plan says, for whom, by whom and by when.
/// </summary>
public sealed record ExportRow
{
    public string EmployeeNumber { get; init; } = "";
    public string Email { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Team { get; init; } = "";
    public string Round { get; init; } = "";
    public string ItemKey { get; init; } = "";
    public string Item { get; init; } = "";
    public string Kind { get; init; } = "";
    public string ActionType { get; init; } = "";
    public string Action { get; init; } = "";
    public string Owner { get; init; } = "";
    public string Due { get; init; } = "";
    public string Status { get; init; } = "";

    /// <summary>The documented column names, in order (JSON keys, and the English header).</summary>
    public static readonly string[] Columns =
        ["employee_number", "email", "display_name", "team", "round", "item_key", "item", "kind", "action_type", "action", "owner", "due", "status"];

    public string[] Values() => [EmployeeNumber, Email, DisplayName, Team, Round, ItemKey, Item, Kind, ActionType, Action, Owner, Due, Status];
}

/// <summary>What an export covers: one person, one team, or (no team, no person) the whole organisation, in one round.</summary>
public sealed record ExportScope(int RoundId, int? TeamId = null, int? PersonId = null);

public enum ExportFormat
{
    Csv = 1,
    Xlsx = 2,
    Json = 3,
    Md = 4,
}
