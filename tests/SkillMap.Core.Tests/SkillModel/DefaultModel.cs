using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.SkillModel;

/// <summary>The shipped model file, db/model/skillmap-ops.json, read from the repository.</summary>
public static class DefaultModel
{
    public static string Path { get; } = Find();

    public static string Json => File.ReadAllText(Path);

    public static ModelFile.Result Read() => ModelFile.Parse(Json);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SkillMap.sln")))
        {
            dir = dir.Parent;
        }
        return System.IO.Path.Combine(dir?.FullName ?? throw new InvalidOperationException("SkillMap.sln not found."), "db", "model", "skillmap-ops.json");
    }
}
