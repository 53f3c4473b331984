using Dapper;
using Microsoft.Data.Sqlite;

namespace SkillMap.Benchmarks.Http;

/// <summary>Checks the database against what the load was told: every acknowledged answer stored, no page half-saved.</summary>
public static class Verification
{
    public sealed record Outcome(int Acknowledged, int MissingOrDifferent, int HalfSaved, int Checked);

    /// <param name="acks">sheet id → "item=value,…" as the load logged it.</param>
    public static async Task<Outcome> CheckAsync(string databasePath, IReadOnlyDictionary<int, string> acks, IReadOnlyCollection<int> posted, int pageSize)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        var stored = (await connection.QueryAsync<(long SheetId, long ItemId, long? Score)>("SELECT SheetId, SkillItemId, Score FROM DraftAnswer"))
            .GroupBy(a => (int)a.SheetId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(a => (int)a.ItemId, a => a.Score is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "na"));
        var missing = 0;
        foreach (var (sheetId, encoded) in acks)
        {
            var expected = encoded.Split(',').Select(p => p.Split('=')).ToDictionary(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => p[1]);
            if (!stored.TryGetValue(sheetId, out var answers) || expected.Any(e => !answers.TryGetValue(e.Key, out var v) || v != e.Value))
            {
                missing++;
            }
        }
        var half = posted.Count(sheetId => stored.TryGetValue(sheetId, out var answers) && answers.Count != pageSize);
        return new Outcome(acks.Count, missing, half, posted.Count);
    }

    public static Dictionary<int, string> ReadAcks(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Select(l => l.Split('\t')).Where(p => p.Length == 2)
                .GroupBy(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Last()[1])
            : [];
}
