using System.Data.Common;
using Dapper;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.SkillModel;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>
/// Builds a small, exactly known organisation through the real schema, for tests whose numbers must
/// not depend on the demo's random draws.
/// </summary>
public sealed class TestOrganisation(Db db)
{
    public static readonly (string Key, Stage Stage, Scope Scope)[] ModelItems =
    [
        ("logic.a", Stage.Input, Scope.Person),
        ("logic.b", Stage.Thinking, Scope.Person),
        ("abstraction.a", Stage.Output, Scope.Person),
        ("mindset.a", Stage.Input, Scope.Person),
        ("conduct.a", Stage.Output, Scope.Person),
        ("outcome.a", Stage.Outcome, Scope.Team),
        ("outcome.b", Stage.Outcome, Scope.Team),
    ];

    public async Task<int> ModelAsync()
    {
        var items = ModelItems.Select(i => Item(i.Key, i.Stage, i.Scope)).ToList();
        return await db.WriteAsync((c, t) => ModelStore.InsertVersionAsync(c, t, db.Dialect, new Bilingual { Ja = "テスト", En = "Test" }, items, "published", DateTime.UtcNow));
    }

    public async Task<Dictionary<string, int>> ItemIdsAsync(int modelVersionId)
    {
        await using var c = await db.OpenAsync();
        return (await c.QueryAsync<(string Key, long Id)>("SELECT ItemKey, Id FROM SkillItem WHERE ModelVersionId = @modelVersionId", new { modelVersionId }))
            .ToDictionary(r => r.Key, r => (int)r.Id);
    }

    public Task<int> TeamAsync(string name) => InsertAsync(
        "INSERT INTO Team (Name, CreatedAt) VALUES (@name, @now)", new { name, now = DateTime.UtcNow });

    public async Task<int> PersonAsync(string name, int? teamId, string role = "member", bool demo = true)
    {
        var id = await InsertAsync(
            "INSERT INTO Person (DisplayName, Role, Language, IsDemo, IsRated, CreatedAt) VALUES (@name, @role, 'en', @demo, 1, @now)",
            new { name, role, demo, now = DateTime.UtcNow });
        if (teamId is not null)
        {
            await ExecuteAsync("INSERT INTO TeamMembership (TeamId, PersonId, FromDate) VALUES (@teamId, @id, @now)", new { teamId, id, now = DateTime.UtcNow.AddYears(-1) });
        }
        return id;
    }

    public Task ManagerAsync(int teamId, int personId) =>
        ExecuteAsync("INSERT INTO TeamManager (TeamId, PersonId) VALUES (@teamId, @personId)", new { teamId, personId });

    public async Task<int> RoundAsync(int modelVersionId, string status, params int[] teamIds)
    {
        var id = await InsertAsync(
            "INSERT INTO Round (Name, ModelVersionId, Status, Form, PeerThreshold, OpensAt, ClosesAt, CreatedAt) VALUES (@name, @modelVersionId, @status, 'full', 3, @opens, @closes, @opens)",
            new { name = "Round " + Guid.NewGuid().ToString("N")[..6], modelVersionId, status, opens = DateTime.UtcNow.AddDays(-7), closes = DateTime.UtcNow.AddDays(7) });
        foreach (var teamId in teamIds)
        {
            await ExecuteAsync("INSERT INTO RoundTeam (RoundId, TeamId) VALUES (@id, @teamId)", new { id, teamId });
        }
        return id;
    }

    /// <summary>A sheet with answers (null = not observed), as an open round holds it.</summary>
    public async Task<int> SheetAsync(int roundId, string perspective, int raterId, int? rateeId, int teamId, IDictionary<int, int?> answers)
    {
        var sheetId = await InsertAsync(
            "INSERT INTO Sheet (RoundId, Perspective, RaterId, RateeId, TeamId, Revision, IsFinished) VALUES (@roundId, @perspective, @raterId, @rateeId, @teamId, 1, 1)",
            new { roundId, perspective, raterId, rateeId, teamId });
        foreach (var (itemId, score) in answers)
        {
            await ExecuteAsync("INSERT INTO DraftAnswer (SheetId, SkillItemId, Score) VALUES (@sheetId, @itemId, @score)", new { sheetId, itemId, score });
        }
        return sheetId;
    }

    /// <summary>A sheet as opening a round creates it: no answers, revision 0.</summary>
    public Task<int> EmptySheetAsync(int roundId, string perspective, int raterId, int? rateeId, int teamId) => InsertAsync(
        "INSERT INTO Sheet (RoundId, Perspective, RaterId, RateeId, TeamId, Revision, IsFinished) VALUES (@roundId, @perspective, @raterId, @rateeId, @teamId, 0, 0)",
        new { roundId, perspective, raterId, rateeId, teamId });

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var c = await db.OpenAsync();
        return (await c.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var c = await db.OpenAsync();
        return (await c.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var c = await db.OpenAsync();
        await c.ExecuteAsync(sql, parameters);
    }

    private async Task<int> InsertAsync(string insert, object parameters)
    {
        await using var c = await db.OpenAsync();
        var returning = db.Engine == DatabaseEngine.Sqlite
            ? insert + " RETURNING Id"
            : insert.Replace(" VALUES", " OUTPUT INSERTED.Id VALUES", StringComparison.Ordinal);
        return await c.ExecuteScalarAsync<int>(returning, parameters);
    }

    private static SkillItem Item(string key, Stage stage, Scope scope)
    {
        static Bilingual Text(string s) => new() { Ja = s + "（ja）", En = s };
        var team = scope == Scope.Team;
        return new SkillItem
        {
            Key = key,
            Kind = team ? Kind.Team : key.StartsWith("logic", StringComparison.Ordinal) || key.StartsWith("abstraction", StringComparison.Ordinal) ? Kind.Explicit : Kind.Implicit,
            Area = team ? Area.Outcome : Slug.Parse<Area>(key.Split('.')[0]),
            Stage = stage,
            Scope = scope,
            Core = true,
            Statement = Text($"Statement {key}"),
            Anchor1 = Text($"Level 1 of {key}"),
            Anchor3 = Text($"Level 3 of {key}"),
            Anchor5 = Text($"Level 5 of {key}"),
            Help = Text($"Help for **{key}**"),
            DevelopmentType = team ? DevelopmentType.Team : DevelopmentType.Training,
            Development = Text($"Develop {key}"),
        };
    }
}
