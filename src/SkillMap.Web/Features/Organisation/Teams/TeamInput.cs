namespace SkillMap.Web.Features.Organisation.Teams;

/// <summary>The team form: a name and, optionally, the unit it sits under.</summary>
public sealed class TeamInput
{
    public string? Name { get; set; }

    public int? UnitId { get; set; }
}
