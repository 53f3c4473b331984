namespace SkillMap.Core.Organisation.Import;

/// <summary>The fixed, documented columns of the organisation CSV, in file order.</summary>
public static class ImportColumns
{
    public const string Email = "email";
    public const string EmployeeNumber = "employee_number";
    public const string DisplayName = "display_name";
    public const string NameReading = "name_reading";
    public const string Team = "team";
    public const string ParentUnit = "parent_unit";
    public const string Role = "role";
    public const string Language = "language";
    public const string Manages = "manages";

    public static readonly string[] All = [Email, EmployeeNumber, DisplayName, NameReading, Team, ParentUnit, Role, Language, Manages];
}

/// <summary>One data line of the file, cells as read (a missing cell is empty).</summary>
public sealed record ImportRow
{
    public int Line { get; init; }
    public string Email { get; init; } = "";
    public string EmployeeNumber { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string NameReading { get; init; } = "";
    public string Team { get; init; } = "";
    public string ParentUnit { get; init; } = "";
    public string Role { get; init; } = "";
    public string Language { get; init; } = "";
    public string Manages { get; init; } = "";
}

/// <summary>A problem at a line and column; <see cref="Code"/> names a message, <see cref="Args"/> fill it.</summary>
public sealed record ImportProblem(int Line, string Column, string Code, IReadOnlyList<string> Args)
{
    public ImportProblem(int line, string column, string code, params string[] args)
        : this(line, column, code, (IReadOnlyList<string>)args)
    {
    }
}

public sealed record ExistingPerson
{
    public int Id { get; init; }
    public string? Email { get; init; }
    public string DisplayName { get; init; } = "";
    public string? NameReading { get; init; }
    public string? EmployeeNumber { get; init; }
    public string Role { get; init; } = "member";
    public string Language { get; init; } = "ja";
    public bool Deactivated { get; init; }
    public int? TeamId { get; init; }
    public IReadOnlyList<int> ManagedTeamIds { get; init; } = [];
}

public sealed record ExistingTeam
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public bool Archived { get; init; }
    public int? UnitId { get; init; }
}

public sealed record ExistingUnit
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public int? ParentId { get; init; }
    public bool Archived { get; init; }
}

public sealed record OrganisationSnapshot(
    IReadOnlyList<ExistingPerson> People,
    IReadOnlyList<ExistingTeam> Teams,
    IReadOnlyList<ExistingUnit> Units);

public enum PersonPlanKind
{
    Create,
    Update,
    Unchanged,
}

public sealed record FieldChange(string Field, string Old, string New);

/// <summary>What applying one line does to one person. Null targets keep what is there.</summary>
public sealed record PersonPlan
{
    public int Line { get; init; }
    public PersonPlanKind Kind { get; init; }
    public int? PersonId { get; init; }
    public string Email { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string? NameReading { get; init; }
    public string? EmployeeNumber { get; init; }
    public string Role { get; init; } = "member";
    public string Language { get; init; } = "ja";
    public bool ProfileChanges { get; init; }
    /// <summary>Team (by name) to be a member of from now on; null keeps the current membership.</summary>
    public string? JoinTeam { get; init; }
    /// <summary>The full set of teams (by name) managed from now on; null keeps the current set.</summary>
    public IReadOnlyList<string>? Manages { get; init; }
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
}

/// <summary>A team the file names: created when missing; its unit set when the file states one.</summary>
public sealed record TeamPlan
{
    public string Name { get; init; } = "";
    public int? ExistingId { get; init; }
    public IReadOnlyList<string>? UnitPath { get; init; }
    public bool UnitChanges { get; init; }
}

public sealed record ImportPlan
{
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
    public IReadOnlyList<PersonPlan> People { get; init; } = [];
    public IReadOnlyList<TeamPlan> Teams { get; init; } = [];
    /// <summary>Unit paths to create, parents before children.</summary>
    public IReadOnlyList<IReadOnlyList<string>> NewUnits { get; init; } = [];
    public string Fingerprint { get; init; } = "";

    public bool HasErrors => Problems.Count > 0;

    public int Creates => People.Count(p => p.Kind == PersonPlanKind.Create);

    public int Updates => People.Count(p => p.Kind == PersonPlanKind.Update);

    public IEnumerable<TeamPlan> NewTeams => Teams.Where(t => t.ExistingId is null);
}
