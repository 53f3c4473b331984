using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.SkillModel;

public sealed class ModelComparisonTests
{
    private static readonly IReadOnlyList<SkillItem> Items = DefaultModel.Read().Items;

    [Fact]
    public void Added_removed_reworded_and_reanchored_items_are_told_apart()
    {
        var next = Items.Skip(1).ToList();
        next[0] = next[0] with { Statement = next[0].Statement with { En = "A clearer statement." } };
        next[1] = next[1] with { Anchor5 = next[1].Anchor5 with { Ja = "別の意味の5" } };
        next.Add(Items[5] with { Key = "logic.new-item" });

        var changes = ModelComparison.Compare(Items, next);

        Assert.Equal(4, changes.Count);
        Assert.Contains(changes, c => c.Kind == ItemChangeKind.Removed && c.Key == Items[0].Key);
        Assert.Contains(changes, c => c.Kind == ItemChangeKind.Reworded && c.Key == Items[1].Key && c.Fields.SequenceEqual(["statement"]));
        Assert.Contains(changes, c => c.Kind == ItemChangeKind.Reanchored && c.Key == Items[2].Key);
        Assert.Contains(changes, c => c.Kind == ItemChangeKind.Added && c.Key == "logic.new-item");
    }

    [Fact]
    public void An_item_is_comparable_only_with_the_same_key_and_the_same_anchors()
    {
        var item = Items[0];

        Assert.True(ModelComparison.Comparable(item, item with { Statement = new Bilingual { Ja = "言い換え", En = "Reworded" }, Help = new Bilingual { Ja = "別", En = "Other" } }));
        Assert.False(ModelComparison.Comparable(item, item with { Key = "logic.renamed" }));
        Assert.False(ModelComparison.Comparable(item, item with { Anchor1 = item.Anchor1 with { En = item.Anchor1.En + " (changed)" } }));
    }

    [Fact]
    public void A_draft_that_changes_the_levels_of_an_earlier_key_conflicts_with_the_latest_version_using_it()
    {
        var draft = Items.Take(3).ToList();
        draft[2] = draft[2] with { Anchor3 = draft[2].Anchor3 with { En = "Something else" } };
        var v1 = Items.Take(3).ToList();

        var problems = ModelComparison.AnchorConflicts(draft, [(1, v1), (2, Items.Take(1).ToList())]);

        var problem = Assert.Single(problems);
        Assert.Equal((3, "anchors", ModelProblemKind.AnchorsChanged, "1"), (problem.Position, problem.Field, problem.Kind, problem.Expected));
        Assert.Empty(ModelComparison.AnchorConflicts(draft.Take(2).ToList(), [(1, v1)]));
    }
}
