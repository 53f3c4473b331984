namespace SkillMap.Web.Features.Rounds;

/// <summary>Settings of the round scheduler and reminders (section "Rounds").</summary>
public sealed class RoundsOptions
{
    public const string Section = "Rounds";

    /// <summary>How often the background scheduler looks for rounds to open, close or purge.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>Years a closed round is kept before it is purged automatically; unset or 0 keeps rounds forever.</summary>
    public int? RetentionYears { get; set; }

    /// <summary>A person gets at most one reminder e-mail per round within this many hours, whoever presses "Send".</summary>
    public int ReminderCooldownHours { get; set; } = 12;
}
