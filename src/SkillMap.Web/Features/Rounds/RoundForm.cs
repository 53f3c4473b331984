using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using SkillMap.Core.Rounds;
using SkillMap.Core.Scoring;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// The round settings form. Numbers and times arrive as text so that a bad value gets a message in the
/// reader's language; times are read in the organisation's time zone and become UTC.
/// </summary>
public sealed class RoundForm
{
    public const int MaxNameLength = 200;
    public const int MaxThreshold = 20;

    public string? Name { get; set; }
    public List<int> TeamIds { get; set; } = [];
    public bool Self { get; set; } = true;
    public bool Peer { get; set; } = true;
    public bool Manager { get; set; } = true;
    public bool Team { get; set; } = true;
    public int ModelVersionId { get; set; }
    public string Form { get; set; } = "full";
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? PeerThreshold { get; set; } = "3";
    public string AssignmentMode { get; set; } = "automatic";
    public string? PeersPerRater { get; set; } = "4";
    public string? ReleaseAfterDays { get; set; } = "14";

    public static RoundForm Defaults(OrganizationTime time, DateTime nowUtc, int? modelVersionId, IReadOnlyList<TeamRef> teams)
    {
        var today = time.ToLocal(nowUtc).Date;
        return new RoundForm
        {
            ModelVersionId = modelVersionId ?? 0,
            TeamIds = teams.Count == 1 ? [teams[0].Id] : [],
            OpensAt = today.AddDays(1).AddHours(9).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ClosesAt = today.AddDays(15).AddHours(18).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        };
    }

    public static RoundForm From(RoundRow round, IEnumerable<TeamRef> teams, OrganizationTime time) => new()
    {
        Name = round.Name,
        TeamIds = teams.Select(t => t.Id).ToList(),
        Self = round.IncludesSelf,
        Peer = round.IncludesPeer,
        Manager = round.IncludesManager,
        Team = round.IncludesTeam,
        ModelVersionId = round.ModelVersionId,
        Form = round.Form,
        OpensAt = time.ToInput(round.OpensAt),
        ClosesAt = time.ToInput(round.ClosesAt),
        PeerThreshold = round.PeerThreshold.ToString(CultureInfo.InvariantCulture),
        AssignmentMode = Slug.Of(round.AssignmentMode),
        PeersPerRater = round.PeersPerRater.ToString(CultureInfo.InvariantCulture),
        ReleaseAfterDays = round.ReleaseAfterDays?.ToString(CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The draft to store, or null with a message per bad field in <paramref name="errors"/>.</summary>
    public RoundDraft? Validate(
        ModelStateDictionary errors, IStringLocalizer<Strings> t, OrganizationTime time, DateTime nowUtc,
        IReadOnlyList<TeamRef> choosableTeams, IReadOnlyList<RoundCommands.ModelChoice> models)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.AddModelError("Input.Name", t["Rounds.Error.NameRequired"]);
        }
        else if (name.Length > MaxNameLength)
        {
            errors.AddModelError("Input.Name", t["Rounds.Error.NameTooLong", MaxNameLength]);
        }
        var teams = TeamIds.Distinct().ToList();
        if (teams.Count == 0)
        {
            errors.AddModelError("Input.TeamIds", t["Rounds.Error.TeamsRequired"]);
        }
        else if (teams.Any(id => choosableTeams.All(c => c.Id != id)))
        {
            errors.AddModelError("Input.TeamIds", t["Rounds.Error.UnknownTeam"]);
        }
        if (!(Self || Peer || Manager || Team))
        {
            errors.AddModelError("Input.Self", t["Rounds.Error.PerspectiveRequired"]);
        }
        if (models.All(m => m.Id != ModelVersionId))
        {
            errors.AddModelError("Input.ModelVersionId", t["Rounds.Error.ModelRequired"]);
        }
        if (Form is not ("full" or "core"))
        {
            errors.AddModelError("Input.Form", t["Rounds.Error.FormInvalid"]);
        }
        var opensOk = time.TryParseInput(OpensAt, out var opensAt);
        if (!opensOk)
        {
            errors.AddModelError("Input.OpensAt", t["Rounds.Error.TimeInvalid", t["Rounds.Field.OpensAt"]]);
        }
        if (!time.TryParseInput(ClosesAt, out var closesAt))
        {
            errors.AddModelError("Input.ClosesAt", t["Rounds.Error.TimeInvalid", t["Rounds.Field.ClosesAt"]]);
        }
        else if (opensOk && closesAt <= opensAt)
        {
            errors.AddModelError("Input.ClosesAt", t["Rounds.Error.ClosesBeforeOpens"]);
        }
        else if (closesAt <= nowUtc)
        {
            errors.AddModelError("Input.ClosesAt", t["Rounds.Error.ClosesInPast"]);
        }
        var threshold = Number(PeerThreshold, Anonymity.MinimumRaters, MaxThreshold);
        if (threshold is null)
        {
            errors.AddModelError("Input.PeerThreshold", t["Rounds.Error.ThresholdInvalid", Anonymity.MinimumRaters, MaxThreshold]);
        }
        if (!Slug.TryParse<AssignmentMode>(AssignmentMode, out var mode))
        {
            errors.AddModelError("Input.AssignmentMode", t["Rounds.Error.AssignmentInvalid"]);
        }
        var perRater = Number(PeersPerRater, 1, 20);
        if (perRater is null)
        {
            errors.AddModelError("Input.PeersPerRater", t["Rounds.Error.PeersPerRaterInvalid", 1, 20]);
        }
        int? releaseAfter = null;
        if (!string.IsNullOrWhiteSpace(ReleaseAfterDays))
        {
            releaseAfter = Number(ReleaseAfterDays, 0, 365);
            if (releaseAfter is null)
            {
                errors.AddModelError("Input.ReleaseAfterDays", t["Rounds.Error.ReleaseAfterInvalid", 0, 365]);
            }
        }
        if (!errors.IsValid)
        {
            return null;
        }
        return new RoundDraft
        {
            Name = name,
            TeamIds = teams,
            IncludesSelf = Self,
            IncludesPeer = Peer,
            IncludesManager = Manager,
            IncludesTeam = Team,
            ModelVersionId = ModelVersionId,
            Form = Form,
            OpensAt = opensAt,
            ClosesAt = closesAt,
            PeerThreshold = threshold!.Value,
            AssignmentMode = mode!.Value,
            PeersPerRater = perRater!.Value,
            ReleaseAfterDays = releaseAfter,
        };
    }

    private static int? Number(string? text, int min, int max) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
