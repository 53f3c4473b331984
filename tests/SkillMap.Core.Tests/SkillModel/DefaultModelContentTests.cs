using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.SkillModel;

/// <summary>The promises the default model "SkillMap Ops" makes about its own content (issue text, DOMAIN.md).</summary>
public sealed class DefaultModelContentTests
{
    /// <summary>The team items by the outcome of the logic model each one asks about.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OutcomeItems = new Dictionary<string, string[]>
    {
        ["stable service"] = ["outcome.service-meets-its-levels", "outcome.we-notice-problems-first", "outcome.incidents-do-not-repeat"],
        ["normal workload"] = ["outcome.after-hours-work-is-rare", "outcome.work-fits-working-hours", "outcome.anyone-can-take-leave"],
        ["fair recognition"] = ["outcome.preventive-work-is-recognised", "outcome.ops-is-involved-early"],
    };

    private static readonly IReadOnlyList<SkillItem> Items = Load();

    private static IReadOnlyList<SkillItem> Load()
    {
        var result = DefaultModel.Read();
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        return result.Items;
    }

    [Fact]
    public void The_file_is_valid_and_every_text_exists_in_both_languages()
    {
        var result = DefaultModel.Read();

        Assert.Empty(result.Problems);
        Assert.Equal(result.Document!.Items.Count, result.Items.Count);
        Assert.All(result.Items, item =>
        {
            foreach (var text in new[] { item.Statement, item.Anchor1, item.Anchor3, item.Anchor5, item.Help, item.Development })
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Ja), item.Key);
                Assert.False(string.IsNullOrWhiteSpace(text.En), item.Key);
                Assert.NotEqual(text.Ja, text.En);
                Assert.Matches(@"\p{IsHiragana}|\p{IsKatakana}|\p{IsCJKUnifiedIdeographs}", text.Ja);
                Assert.DoesNotMatch(@"\p{IsHiragana}|\p{IsKatakana}|\p{IsCJKUnifiedIdeographs}", text.En);
            }
        });
    }

    [Theory]
    [InlineData(Area.Logic, Kind.Explicit)]
    [InlineData(Area.Abstraction, Kind.Explicit)]
    [InlineData(Area.Concretization, Kind.Explicit)]
    [InlineData(Area.Mindset, Kind.Implicit)]
    [InlineData(Area.Conduct, Kind.Implicit)]
    public void Each_personal_area_has_at_least_eight_items_of_its_kind(Area area, Kind kind)
    {
        var items = Items.Where(i => i.Area == area).ToList();

        Assert.True(items.Count >= 8, $"{area}: {items.Count} items");
        Assert.All(items, i => Assert.Equal(kind, i.Kind));
        Assert.All(items, i => Assert.Equal(Scope.Person, i.Scope));
        Assert.All(items, i => Assert.StartsWith(Slug.Of(area) + ".", i.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_stage_has_at_least_six_items_and_the_personal_areas_cover_input_thinking_and_output()
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            Assert.True(Items.Count(i => i.Stage == stage) >= 6, $"{stage}");
        }
        foreach (var area in new[] { Area.Logic, Area.Abstraction, Area.Concretization, Area.Mindset, Area.Conduct })
        {
            Assert.Equal([Stage.Input, Stage.Thinking, Stage.Output], Items.Where(i => i.Area == area).Select(i => i.Stage).Distinct().Order());
        }
    }

    [Fact]
    public void Outcome_items_are_the_teams_and_only_they_sit_on_the_outcome_stage()
    {
        var outcome = Items.Where(i => i.Stage == Stage.Outcome).ToList();

        Assert.All(outcome, i =>
        {
            Assert.Equal(Kind.Team, i.Kind);
            Assert.Equal(Area.Outcome, i.Area);
            Assert.Equal(Scope.Team, i.Scope);
        });
        Assert.Equal(outcome, Items.Where(i => i.Kind == Kind.Team || i.Scope == Scope.Team || i.Area == Area.Outcome));
    }

    [Fact]
    public void Each_of_the_three_outcomes_has_at_least_two_team_items_and_every_team_item_serves_one()
    {
        var teamKeys = Items.Where(i => i.Kind == Kind.Team).Select(i => i.Key).Order().ToList();

        foreach (var (outcome, keys) in OutcomeItems)
        {
            Assert.True(keys.Length >= 2, outcome);
            Assert.All(keys, key => Assert.Contains(key, teamKeys));
        }
        Assert.Equal(teamKeys, OutcomeItems.Values.SelectMany(k => k).Order());
    }

    [Fact]
    public void Every_practice_area_and_every_lifecycle_event_is_covered_by_at_least_two_items()
    {
        foreach (var area in Enum.GetValues<PracticeArea>())
        {
            Assert.True(Items.Count(i => i.PracticeAreas.Contains(Slug.Of(area))) >= 2, $"{area}");
        }
        foreach (var lifecycleEvent in Enum.GetValues<LifecycleEvent>())
        {
            Assert.True(Items.Count(i => i.LifecycleEvents.Contains(Slug.Of(lifecycleEvent))) >= 2, $"{lifecycleEvent}");
        }
    }

    [Fact]
    public void Development_is_training_for_explicit_coaching_for_implicit_and_a_team_change_for_team_items()
    {
        Assert.All(Items, i => Assert.Equal(
            i.Kind switch { Kind.Explicit => DevelopmentType.Training, Kind.Implicit => DevelopmentType.Coaching, _ => DevelopmentType.Team },
            i.DevelopmentType));
    }

    [Fact]
    public void The_core_short_form_has_about_twenty_items_spread_over_every_area_and_stage()
    {
        var core = Items.Where(i => i.Core).ToList();

        Assert.InRange(core.Count, 18, 22);
        Assert.All(Enum.GetValues<Area>(), area => Assert.Contains(core, i => i.Area == area));
        Assert.All(Enum.GetValues<Stage>(), stage => Assert.Contains(core, i => i.Stage == stage));
        Assert.All(OutcomeItems.Keys, outcome => Assert.Contains(core, i => OutcomeItems[outcome].Contains(i.Key)));
    }

    [Fact]
    public void Keys_are_unique_and_statements_are_not_repeated()
    {
        Assert.Equal(Items.Count, Items.Select(i => i.Key).Distinct().Count());
        Assert.Equal(Items.Count, Items.Select(i => i.Statement.Ja).Distinct().Count());
        Assert.Equal(Items.Count, Items.Select(i => i.Statement.En).Distinct().Count());
    }

    [Fact]
    public void Levels_one_three_and_five_say_different_things()
    {
        Assert.All(Items, i =>
        {
            Assert.Equal(3, new[] { i.Anchor1.Ja, i.Anchor3.Ja, i.Anchor5.Ja }.Distinct().Count());
            Assert.Equal(3, new[] { i.Anchor1.En, i.Anchor3.En, i.Anchor5.En }.Distinct().Count());
        });
    }

    [Fact]
    public void Team_items_ask_about_the_team_not_the_person_answering()
    {
        Assert.All(Items.Where(i => i.Kind == Kind.Team), i =>
        {
            Assert.Contains("team", i.Statement.En, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("チーム", i.Statement.Ja, StringComparison.Ordinal);
        });
    }
}
