namespace SkillMap.Core.Organisation;

/// <summary>The values a person's role and language can take, as stored (lower-case slugs).</summary>
public static class OrganisationValues
{
    public static readonly string[] Roles = ["admin", "manager", "member"];

    public static readonly string[] Languages = ["ja", "en"];

    /// <summary>Above this many people one team stops working as one team (the notes' rule of thumb).</summary>
    public const int TeamSizeWarning = 7;

    public const int EmployeeNumberMax = 100;

    public static bool CanManageTeams(string role) => role is "admin" or "manager";

    /// <summary>Unit paths in CSV files and forms: "運用本部/基盤課", outermost first.</summary>
    public static readonly char[] UnitSeparators = ['/', '／'];
}
