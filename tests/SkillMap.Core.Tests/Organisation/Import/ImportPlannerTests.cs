using SkillMap.Core.Organisation.Import;

namespace SkillMap.Core.Tests.Organisation.Import;

public sealed class ImportPlannerTests
{
    private static readonly OrganisationSnapshot Org = new(
        [
            new ExistingPerson { Id = 1, Email = "admin@example.com", DisplayName = "Admin", Role = "admin", Language = "en" },
            new ExistingPerson { Id = 2, Email = "sato@example.com", DisplayName = "佐藤 美咲", NameReading = "さとう みさき", EmployeeNumber = "E001", Role = "member", TeamId = 10 },
            new ExistingPerson { Id = 3, Email = "lead@example.com", DisplayName = "Lead", Role = "manager", TeamId = null, ManagedTeamIds = [10] },
            new ExistingPerson { Id = 4, Email = "gone@example.com", DisplayName = "Gone", Role = "member", Deactivated = true },
        ],
        [
            new ExistingTeam { Id = 10, Name = "Platform", UnitId = 100 },
            new ExistingTeam { Id = 11, Name = "Old team", Archived = true },
        ],
        [new ExistingUnit { Id = 100, Name = "運用部" }]);

    private static ImportPlan Plan(params ImportRow[] rows) => ImportPlanner.Plan(rows, Org, actorId: 1, defaultLanguage: "ja");

    private static ImportRow Row(int line, string email, string name = "", string team = "", string role = "", string manages = "", string unit = "", string number = "", string reading = "", string language = "") =>
        new() { Line = line, Email = email, DisplayName = name, Team = team, Role = role, Manages = manages, ParentUnit = unit, EmployeeNumber = number, NameReading = reading, Language = language };

    [Fact]
    public void A_new_person_in_a_new_team_under_a_new_unit_is_planned_with_defaults()
    {
        var plan = Plan(Row(2, "new@example.com", "新人 太郎", team: "SRE", unit: "運用部/信頼性課"));

        Assert.False(plan.HasErrors);
        var person = Assert.Single(plan.People);
        Assert.Equal(PersonPlanKind.Create, person.Kind);
        Assert.Equal(("member", "ja", "SRE"), (person.Role, person.Language, person.JoinTeam));
        var team = Assert.Single(plan.NewTeams);
        Assert.Equal(["運用部", "信頼性課"], team.UnitPath);
        Assert.Equal(["運用部", "信頼性課"], Assert.Single(plan.NewUnits));
    }

    [Fact]
    public void Empty_cells_keep_what_a_person_has_and_an_identical_line_changes_nothing()
    {
        var plan = Plan(Row(2, "SATO@example.com"), Row(3, "lead@example.com", "Lead", role: "manager", manages: "Platform"));

        Assert.False(plan.HasErrors);
        Assert.All(plan.People, p => Assert.Equal(PersonPlanKind.Unchanged, p.Kind));
    }

    [Fact]
    public void Changes_are_listed_field_by_field()
    {
        var plan = Plan(Row(2, "sato@example.com", "佐藤 美咲", team: "SRE", number: "Ｅ００２", language: "en"));

        var person = Assert.Single(plan.People);
        Assert.Equal(PersonPlanKind.Update, person.Kind);
        Assert.Contains(new FieldChange("employee_number", "E001", "E002"), person.Changes);
        Assert.Contains(new FieldChange("language", "ja", "en"), person.Changes);
        Assert.Contains(new FieldChange("team", "Platform", "SRE"), person.Changes);
        Assert.DoesNotContain(person.Changes, c => c.Field == "display_name");
    }

    [Fact]
    public void A_person_found_by_employee_number_gets_the_new_email()
    {
        var plan = Plan(Row(2, "misaki.sato@example.com", number: "E001"));

        var person = Assert.Single(plan.People);
        Assert.Equal(2, person.PersonId);
        Assert.Contains(new FieldChange("email", "sato@example.com", "misaki.sato@example.com"), person.Changes);
    }

    [Fact]
    public void Every_problem_names_its_line_and_column()
    {
        var plan = Plan(
            Row(2, "not-an-email", "A"),
            Row(3, "x@example.com", "", role: "boss", language: "fr"),
            Row(4, "x@example.com", "Again"),
            Row(5, "y@example.com", "Y", team: "Old team"),
            Row(6, "z@example.com", "Z", manages: "Platform"),
            Row(7, "gone@example.com"),
            Row(8, "w@example.com", "W", unit: "運用部"));

        var found = plan.Problems.Select(p => (p.Line, p.Column, p.Code)).ToList();
        Assert.Equal(
            [
                (2, "email", "email-invalid"),
                (3, "display_name", "required"),
                (3, "role", "role-invalid"),
                (3, "language", "language-invalid"),
                (4, "email", "email-duplicate"),
                (5, "team", "team-archived"),
                (6, "manages", "manages-needs-role"),
                (7, "email", "deactivated"),
                (8, "parent_unit", "unit-needs-team"),
            ],
            found);
        Assert.Empty(plan.People);
    }

    [Fact]
    public void A_number_held_by_another_person_is_refused_for_a_new_email()
    {
        // A new email with a known number is that person changing email; a known email with someone else's number is a clash.
        var plan = Plan(Row(2, "lead@example.com", number: "E001"));

        Assert.Equal(("employee_number", "number-taken"), (plan.Problems.Single().Column, plan.Problems.Single().Code));
    }

    [Fact]
    public void Two_lines_may_not_put_one_team_under_different_units()
    {
        var plan = Plan(Row(2, "a@example.com", "A", team: "New", unit: "X"), Row(3, "b@example.com", "B", team: "new", unit: "Y"));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((3, "parent_unit", "unit-conflict"), (problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void The_last_admin_cannot_be_demoted_and_nobody_removes_their_own_admin_role()
    {
        var plan = Plan(Row(2, "admin@example.com", role: "member"));

        Assert.Contains(plan.Problems, p => p.Code == "own-role");
    }

    [Fact]
    public void Demoting_a_manager_to_member_ends_the_teams_they_manage()
    {
        var plan = Plan(Row(2, "lead@example.com", role: "member"));

        var person = Assert.Single(plan.People);
        Assert.Equal([], person.Manages);
        Assert.Contains(new FieldChange("manages", "Platform", ""), person.Changes);
    }

    [Fact]
    public void The_fingerprint_changes_when_the_organisation_does()
    {
        var rows = new[] { Row(2, "sato@example.com", "佐藤 美咲", team: "SRE") };
        var before = ImportPlanner.Plan(rows, Org, 1, "ja").Fingerprint;
        var moved = Org with { People = Org.People.Select(p => p.Id == 2 ? p with { TeamId = null } : p).ToList() };

        Assert.Equal(before, ImportPlanner.Plan(rows, Org, 1, "ja").Fingerprint);
        Assert.NotEqual(before, ImportPlanner.Plan(rows, moved, 1, "ja").Fingerprint);
    }
}
