namespace SkillMap.Web.Data.Migrations;

/// <summary>A migration that cannot run; the message names the script and is safe to print as one line.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
