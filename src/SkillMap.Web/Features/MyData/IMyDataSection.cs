namespace SkillMap.Web.Features.MyData;

/// <summary>
/// A feature that holds more about a person (training plans, for one) adds a section to their data
/// download. Return only what the person may see themselves; null leaves the section out.
/// </summary>
public interface IMyDataSection
{
    string Name { get; }

    Task<object?> LoadAsync(int personId, CancellationToken cancellationToken);
}
