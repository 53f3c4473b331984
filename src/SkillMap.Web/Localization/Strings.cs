using System.Resources;

[assembly: NeutralResourcesLanguage("en")]

namespace SkillMap.Web;

/// <summary>The user-visible strings: Resources/Strings.resx (English) and Strings.ja.resx (Japanese).</summary>
public sealed class Strings;
