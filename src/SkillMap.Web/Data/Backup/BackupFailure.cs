namespace SkillMap.Web.Data.Backup;

/// <summary>A backup or restore that cannot go ahead; the message says why in one line, for an operator.</summary>
public sealed class BackupFailure(string message) : Exception(message);
