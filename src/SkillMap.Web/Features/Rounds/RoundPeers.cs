using Dapper;
using SkillMap.Core.Rounds;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Rounds;

/// <summary>
/// Peers chosen before a round opens: by the manager (manager-assigned rounds), or proposed by the
/// ratee and approved or changed by the manager (nomination rounds). Ratees and candidates are the
/// team's current members as opening will count them; the team's managers are never candidates. Only drafts change.
/// </summary>
public sealed partial class RoundPeers(Db db, AuditLog audit)
{
    public sealed record Person
    {
        public int PersonId { get; init; }
        public int TeamId { get; init; }
        public string DisplayName { get; init; } = "";
        public bool IsRated { get; init; }
        public bool IsManager { get; init; }
    }

    public sealed record Choice
    {
        public int RateeId { get; init; }
        public int RaterId { get; init; }
        public string Status { get; init; } = "";
    }

    /// <summary>One team's people and the choices made so far.</summary>
    public sealed record TeamPeers(int TeamId, IReadOnlyList<Person> People, IReadOnlyList<Choice> Choices)
    {
        /// <summary>As opening counts them: a manager listed as a member of their own team is rated too (never as anyone's peer).</summary>
        public IEnumerable<Person> Ratees => People.Where(p => p.IsRated);

        public IEnumerable<Person> Candidates(int rateeId) => People.Where(p => p.PersonId != rateeId && !p.IsManager);

        public Choice? Find(int rateeId, int raterId) => Choices.FirstOrDefault(c => c.RateeId == rateeId && c.RaterId == raterId);

        public int Approved(int rateeId) => Choices.Count(c => c.RateeId == rateeId && c.Status == "approved");
    }

    public async Task<TeamPeers> TeamAsync(int roundId, int teamId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Team, new { RoundId = roundId, TeamId = teamId });
        var people = (await results.ReadAsync<Person>()).ToList();
        var choices = (await results.ReadAsync<Choice>()).ToList();
        return new TeamPeers(teamId, people, choices);
    }

    /// <summary>Sets the approved peers of the team's ratees listed; unknown people are ignored. False when the round is no longer a draft.</summary>
    public Task<bool> SaveAsync(int roundId, TeamPeers team, IReadOnlyDictionary<int, IReadOnlyList<int>> chosen, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteScalarAsync<int>(Sql.IsDraft, new { RoundId = roundId }, transaction) == 0)
            {
                return false;
            }
            var changed = 0;
            foreach (var ratee in team.Ratees.Where(r => chosen.ContainsKey(r.PersonId)))
            {
                var raters = chosen[ratee.PersonId].Where(id => team.Candidates(ratee.PersonId).Any(c => c.PersonId == id)).Distinct().ToList();
                await connection.ExecuteAsync(Sql.DropApproved, new { RoundId = roundId, RateeId = ratee.PersonId }, transaction);
                await connection.ExecuteAsync(Sql.Approve, raters.Select(r => new { RoundId = roundId, RateeId = ratee.PersonId, RaterId = r }), transaction);
                await connection.ExecuteAsync(Sql.InsertApproved, raters.Select(r => new { RoundId = roundId, RateeId = ratee.PersonId, RaterId = r }), transaction);
                changed++;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundPeersChanged, actorId, "round", roundId, $"team {team.TeamId}: {changed} ratees"));
            return true;
        }, cancellationToken);

    /// <summary>Approves every proposal in the team as it stands.</summary>
    public Task<bool> ApproveProposalsAsync(int roundId, TeamPeers team, int actorId, CancellationToken cancellationToken = default) =>
        SaveAsync(roundId, team, team.Ratees.ToDictionary(
            r => r.PersonId,
            r => (IReadOnlyList<int>)team.Choices.Where(c => c.RateeId == r.PersonId).Select(c => c.RaterId).ToList()), actorId, cancellationToken);

    /// <summary>Replaces the team's choices with a balanced automatic assignment the manager can then adjust.</summary>
    public Task<bool> SuggestAsync(int roundId, TeamPeers team, int perRater, int actorId, CancellationToken cancellationToken = default)
    {
        var raters = team.People.Where(p => !p.IsManager).Select(p => p.PersonId).ToList();
        var pairs = PeerAssignment.Balanced(raters, team.Ratees.Select(r => r.PersonId).ToList(), perRater, Random.Shared);
        return SaveAsync(roundId, team, team.Ratees.ToDictionary(
            r => r.PersonId,
            r => (IReadOnlyList<int>)pairs.Where(p => p.RateeId == r.PersonId).Select(p => p.RaterId).ToList()), actorId, cancellationToken);
    }

    /// <summary>A ratee's proposals replace their earlier ones; approved choices stay as the manager set them.</summary>
    public Task<bool> NominateAsync(int roundId, TeamPeers team, int rateeId, IReadOnlyList<int> raterIds, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteScalarAsync<int>(Sql.IsNominationDraft, new { RoundId = roundId }, transaction) == 0)
            {
                return false;
            }
            var raters = raterIds.Where(id => team.Candidates(rateeId).Any(c => c.PersonId == id)).Distinct().ToList();
            await connection.ExecuteAsync(Sql.DropProposed, new { RoundId = roundId, RateeId = rateeId }, transaction);
            await connection.ExecuteAsync(Sql.InsertProposed, raters.Select(r => new { RoundId = roundId, RateeId = rateeId, RaterId = r }), transaction);
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.RoundPeersNominated, rateeId, "round", roundId, $"{raters.Count} proposed"));
            return true;
        }, cancellationToken);

    /// <summary>The draft nomination rounds in which this person is a ratee, with the team they are rated in.</summary>
    public async Task<IReadOnlyList<Nomination>> OpenNominationsAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Nomination>(Sql.OpenNominations, new { PersonId = personId })).ToList();
    }

    public sealed record Nomination
    {
        public int RoundId { get; init; }
        public string Name { get; init; } = "";
        public int TeamId { get; init; }
        public int PeerThreshold { get; init; }
        public DateTime? OpensAt { get; init; }
        public int Proposed { get; init; }
    }
}
