using SkillMap.Core.Organisation;
using SkillMap.Core.Organisation.Import;

namespace SkillMap.Core.Tests.Organisation;

public sealed class UnitTreeTests
{
    private static readonly UnitTree Tree = new(
    [
        new ExistingUnit { Id = 1, Name = "運用本部" },
        new ExistingUnit { Id = 2, Name = "基盤部", ParentId = 1 },
        new ExistingUnit { Id = 3, Name = "第１課", ParentId = 2 },
        new ExistingUnit { Id = 4, Name = "旧課", ParentId = 2, Archived = true },
    ]);

    [Fact]
    public void A_unit_path_runs_from_the_top() => Assert.Equal(["運用本部", "基盤部", "第１課"], Tree.PathOf(3));

    [Fact]
    public void Full_width_digits_in_unit_names_match()
    {
        Assert.Equal(UnitTree.Resolution.Found, Tree.Resolve(["運用本部", "基盤部", "第1課"], out var found));
        Assert.Equal([1, 2, 3], found);
    }

    [Fact]
    public void Missing_and_archived_units_are_told_apart()
    {
        Assert.Equal(UnitTree.Resolution.Missing, Tree.Resolve(["運用本部", "新部"], out var found));
        Assert.Equal([1], found);
        Assert.Equal(UnitTree.Resolution.Archived, Tree.Resolve(["運用本部", "基盤部", "旧課"], out _));
    }

    [Theory]
    [InlineData("A/B", 2)]
    [InlineData("Ａ／Ｂ", 2)]
    [InlineData("A", 1)]
    public void Paths_split_on_either_slash(string path, int segments) => Assert.Equal(segments, UnitTree.Split(path)!.Count);

    [Fact]
    public void An_empty_segment_is_refused() => Assert.Null(UnitTree.Split("A//B"));
}
