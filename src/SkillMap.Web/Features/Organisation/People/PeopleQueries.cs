using Dapper;
using SkillMap.Core.Organisation;
using SkillMap.Core.Text;
using SkillMap.Web.Data;
using SkillMap.Web.Security;

namespace SkillMap.Web.Features.Organisation.People;

/// <summary>People as the admin pages show them: admins see everyone, a manager the members of their teams.</summary>
public sealed partial class PeopleQueries(Db db, CurrentPerson me)
{
    public sealed record PersonRow
    {
        public int Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? NameReading { get; init; }
        public string? Email { get; init; }
        public string? EmployeeNumber { get; init; }
        public string Role { get; init; } = "";
        public string Language { get; init; } = "";
        public bool IsRated { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime? DeactivatedAt { get; init; }
        public int? TeamId { get; init; }
        public string? TeamName { get; init; }

        public string SortKey => NameOrder.Key(DisplayName, NameReading);
    }

    public sealed record MembershipRow
    {
        public int TeamId { get; init; }
        public string TeamName { get; init; } = "";
        public DateTime FromDate { get; init; }
        public DateTime? ToDate { get; init; }
    }

    public sealed record TeamOption
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
    }

    public sealed record Detail(PersonRow Person, IReadOnlyList<MembershipRow> History, IReadOnlyList<TeamOption> Manages);

    public sealed record Filter(string? Text, int? TeamId, bool Deactivated);

    /// <summary>Matching people in reading order (さとう before たなか, whatever the script).</summary>
    public async Task<IReadOnlyList<PersonRow>> ListAsync(Filter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PersonRow>(Sql.List, new { PersonId = me.Id, IsAdmin = me.IsAdmin ? 1 : 0 });
        var text = filter.Text is { Length: > 0 } t ? VisibleText.Nfkc(t).Trim() : null;
        return rows
            .DistinctBy(p => p.Id)
            .Where(p => filter.Deactivated == (p.DeactivatedAt is not null))
            .Where(p => filter.TeamId is null || p.TeamId == filter.TeamId)
            .Where(p => text is null || Matches(p, text))
            .OrderBy(p => p.SortKey, NameOrder.Instance)
            .ToList();
    }

    private static bool Matches(PersonRow person, string text) =>
        new[] { person.DisplayName, person.NameReading, person.Email, person.EmployeeNumber }
            .Any(field => field is not null && VisibleText.Nfkc(field).Contains(text, StringComparison.OrdinalIgnoreCase));

    public async Task<Detail?> DetailAsync(int personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(Sql.Detail, new { PersonId = personId });
        var person = await results.ReadFirstOrDefaultAsync<PersonRow>();
        if (person is null)
        {
            return null;
        }
        var history = (await results.ReadAsync<MembershipRow>()).ToList();
        var manages = (await results.ReadAsync<TeamOption>()).OrderBy(t => t.Name, NameOrder.Instance).ToList();
        return new Detail(person, history, manages);
    }

    /// <summary>Active teams, for the pickers: all of them for an admin, their own for a manager.</summary>
    public async Task<IReadOnlyList<TeamOption>> TeamOptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<TeamOption>(Sql.TeamOptions, new { PersonId = me.Id, IsAdmin = me.IsAdmin ? 1 : 0 }))
            .OrderBy(t => t.Name, NameOrder.Instance).ToList();
    }
}
