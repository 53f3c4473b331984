namespace SkillMap.Web.Features.Demo;

/// <summary>The <c>Demo</c> section. Only appsettings.Development.json turns it on, so a published install never starts in demo mode by accident.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
