using SkillMap.Core.People;
using SkillMap.Core.Text;

namespace SkillMap.Core.Organisation.Import;

/// <summary>The bookkeeping of one planning run: what earlier lines claimed, and every problem found.</summary>
internal sealed class PlanningState
{
    private readonly OrganisationSnapshot org;
    private readonly UnitTree units;
    private readonly Dictionary<string, List<ExistingTeam>> teamsByKey;
    private readonly Dictionary<int, ExistingTeam> teamsById;
    private readonly Dictionary<string, ExistingPerson> byEmail;
    private readonly Dictionary<string, ExistingPerson> byNumber;
    private readonly Dictionary<string, int> emailLines = [];
    private readonly Dictionary<string, int> numberLines = [];
    private readonly Dictionary<string, string> teamNames = [];
    private readonly Dictionary<string, (IReadOnlyList<string> Path, int Line)> teamUnits = [];

    public PlanningState(OrganisationSnapshot org)
    {
        this.org = org;
        units = new UnitTree(org.Units);
        teamsByKey = org.Teams.GroupBy(t => UnitTree.Key(t.Name)).ToDictionary(g => g.Key, g => g.ToList());
        teamsById = org.Teams.ToDictionary(t => t.Id);
        byEmail = org.People.Where(p => !string.IsNullOrEmpty(p.Email))
            .GroupBy(p => EmailAddress.Normalize(p.Email) ?? "").ToDictionary(g => g.Key, g => g.First());
        byNumber = org.People.Where(p => !string.IsNullOrEmpty(p.EmployeeNumber))
            .GroupBy(p => NumberKey(p.EmployeeNumber!)).ToDictionary(g => g.Key, g => g.First());
    }

    public List<ImportProblem> Problems { get; } = [];

    private static string NumberKey(string number) => VisibleText.Nfkc(number).Trim();

    private void Problem(int line, string column, string code, params string[] args) => Problems.Add(new ImportProblem(line, column, code, args));

    private bool CheckText(int line, string column, string value, int maxVisible = VisibleText.FreeText, int maxUnits = VisibleText.FreeTextStorage)
    {
        if (VisibleText.HasControlCharacters(value))
        {
            Problem(line, column, "control");
            return false;
        }
        if (!VisibleText.Fits(value, maxVisible, maxUnits))
        {
            Problem(line, column, "too-long", maxVisible.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }
        return true;
    }

    public PersonPlan? PlanRow(ImportRow row, int actorId, string defaultLanguage)
    {
        var before = Problems.Count;
        var line = row.Line;

        var email = EmailAddress.Clean(row.Email);
        var normalized = EmailAddress.Normalize(email) ?? "";
        if (email.Length == 0)
        {
            Problem(line, ImportColumns.Email, "required");
        }
        else if (!EmailAddress.IsPlausible(email))
        {
            Problem(line, ImportColumns.Email, "email-invalid");
        }
        else if (!emailLines.TryAdd(normalized, line))
        {
            Problem(line, ImportColumns.Email, "email-duplicate", emailLines[normalized].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var number = NumberKey(row.EmployeeNumber);
        if (number.Length > 0 && CheckText(line, ImportColumns.EmployeeNumber, number, OrganisationValues.EmployeeNumberMax, OrganisationValues.EmployeeNumberMax)
            && !numberLines.TryAdd(number, line))
        {
            Problem(line, ImportColumns.EmployeeNumber, "number-duplicate", numberLines[number].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var person = email.Length > 0 && byEmail.TryGetValue(normalized, out var found) ? found
            : number.Length > 0 && byNumber.TryGetValue(number, out var byNo) ? byNo
            : null;
        if (number.Length > 0 && byNumber.TryGetValue(number, out var holder) && person is not null && holder.Id != person.Id)
        {
            Problem(line, ImportColumns.EmployeeNumber, "number-taken");
        }
        if (person is { Deactivated: true })
        {
            Problem(line, ImportColumns.Email, "deactivated");
        }

        var name = row.DisplayName.Trim();
        if (name.Length == 0 && person is null)
        {
            Problem(line, ImportColumns.DisplayName, "required");
        }
        else if (name.Length > 0)
        {
            CheckText(line, ImportColumns.DisplayName, name);
        }
        var reading = VisibleText.Nfkc(row.NameReading).Trim();
        if (reading.Length > 0)
        {
            CheckText(line, ImportColumns.NameReading, reading);
        }

        var role = VisibleText.Nfkc(row.Role).Trim().ToLowerInvariant();
        if (role.Length > 0 && !OrganisationValues.Roles.Contains(role))
        {
            Problem(line, ImportColumns.Role, "role-invalid");
        }
        var language = VisibleText.Nfkc(row.Language).Trim().ToLowerInvariant();
        if (language.Length > 0 && !OrganisationValues.Languages.Contains(language))
        {
            Problem(line, ImportColumns.Language, "language-invalid");
        }

        var team = row.Team.Trim();
        if (team.Length > 0)
        {
            CheckTeam(line, ImportColumns.Team, team);
        }
        CheckUnit(line, team, row.ParentUnit.Trim());

        var manages = row.Manages.Split([';', '；']).Select(t => t.Trim()).Where(t => t.Length > 0)
            .DistinctBy(UnitTree.Key).ToList();
        foreach (var managed in manages)
        {
            CheckTeam(line, ImportColumns.Manages, managed);
        }
        var effectiveRole = role.Length > 0 ? role : person?.Role ?? "member";
        if (manages.Count > 0 && !OrganisationValues.CanManageTeams(effectiveRole))
        {
            Problem(line, ImportColumns.Manages, "manages-needs-role");
        }
        if (person is { Role: "admin" } && person.Id == actorId && effectiveRole != "admin")
        {
            Problem(line, ImportColumns.Role, "own-role");
        }
        if (Problems.Count > before)
        {
            return null;
        }
        return person is null
            ? Create(line, email, name, reading, number, effectiveRole, language.Length > 0 ? language : defaultLanguage, team, manages)
            : Update(line, person, email, name, reading, number, effectiveRole, language, team, manages);
    }

    private static PersonPlan Create(int line, string email, string name, string reading, string number, string role, string language, string team, List<string> manages) => new()
    {
        Line = line,
        Kind = PersonPlanKind.Create,
        Email = email,
        DisplayName = name,
        NameReading = reading.Length > 0 ? reading : null,
        EmployeeNumber = number.Length > 0 ? number : null,
        Role = role,
        Language = language,
        ProfileChanges = true,
        JoinTeam = team.Length > 0 ? team : null,
        Manages = manages.Count > 0 ? manages : null,
    };

    private PersonPlan Update(int line, ExistingPerson person, string email, string name, string reading, string number, string role, string language, string team, List<string> manages)
    {
        var changes = new List<FieldChange>();
        var oldEmail = person.Email ?? "";
        var newEmail = EmailAddress.Normalize(oldEmail) == EmailAddress.Normalize(email) ? oldEmail : email;
        void Compare(string field, string old, string target)
        {
            if (target.Length > 0 && target != old)
            {
                changes.Add(new FieldChange(field, old, target));
            }
        }
        Compare(ImportColumns.Email, oldEmail, newEmail);
        Compare(ImportColumns.DisplayName, person.DisplayName, name);
        Compare(ImportColumns.NameReading, person.NameReading ?? "", reading);
        Compare(ImportColumns.EmployeeNumber, person.EmployeeNumber ?? "", number);
        Compare(ImportColumns.Role, person.Role, role);
        Compare(ImportColumns.Language, person.Language, language);
        var profileChanges = changes.Count > 0;

        var currentTeam = person.TeamId is { } teamId && teamsById.TryGetValue(teamId, out var current) ? current.Name : "";
        string? join = null;
        if (team.Length > 0 && UnitTree.Key(team) != UnitTree.Key(currentTeam))
        {
            join = team;
            changes.Add(new FieldChange(ImportColumns.Team, currentTeam, team));
        }

        var currentManaged = person.ManagedTeamIds.Where(teamsById.ContainsKey).Select(id => teamsById[id].Name)
            .Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<string>? target = manages.Count > 0 ? manages
            : OrganisationValues.CanManageTeams(role) ? null
            : [];
        if (target is not null && target.Select(UnitTree.Key).Order(StringComparer.Ordinal)
                .SequenceEqual(currentManaged.Select(UnitTree.Key).Order(StringComparer.Ordinal)))
        {
            target = null;
        }
        if (target is not null)
        {
            changes.Add(new FieldChange(ImportColumns.Manages, string.Join(";", currentManaged), string.Join(";", target)));
        }
        return new PersonPlan
        {
            Line = line,
            Kind = changes.Count > 0 ? PersonPlanKind.Update : PersonPlanKind.Unchanged,
            PersonId = person.Id,
            Email = newEmail,
            DisplayName = name.Length > 0 ? name : person.DisplayName,
            NameReading = reading.Length > 0 ? reading : person.NameReading,
            EmployeeNumber = number.Length > 0 ? number : person.EmployeeNumber,
            Role = role,
            Language = language.Length > 0 ? language : person.Language,
            ProfileChanges = profileChanges,
            JoinTeam = join,
            Manages = target,
            Changes = changes,
        };
    }

    private void CheckTeam(int line, string column, string team)
    {
        if (!CheckText(line, column, team))
        {
            return;
        }
        var key = UnitTree.Key(team);
        if (teamsByKey.TryGetValue(key, out var existing))
        {
            var active = existing.Where(t => !t.Archived).ToList();
            if (active.Count > 1)
            {
                Problem(line, column, "team-ambiguous", team);
                return;
            }
            if (active.Count == 0)
            {
                Problem(line, column, "team-archived", team);
                return;
            }
        }
        teamNames.TryAdd(key, team);
    }

    private void CheckUnit(int line, string team, string unitCell)
    {
        if (unitCell.Length == 0)
        {
            return;
        }
        if (team.Length == 0)
        {
            Problem(line, ImportColumns.ParentUnit, "unit-needs-team");
            return;
        }
        var path = UnitTree.Split(unitCell);
        if (path is null)
        {
            Problem(line, ImportColumns.ParentUnit, "unit-empty-segment");
            return;
        }
        foreach (var segment in path)
        {
            if (!CheckText(line, ImportColumns.ParentUnit, segment))
            {
                return;
            }
        }
        switch (units.Resolve(path, out var found))
        {
            case UnitTree.Resolution.Archived:
                Problem(line, ImportColumns.ParentUnit, "unit-archived", path[found.Count]);
                return;
            case UnitTree.Resolution.Ambiguous:
                Problem(line, ImportColumns.ParentUnit, "unit-ambiguous", path[found.Count]);
                return;
        }
        var key = UnitTree.Key(team);
        if (teamUnits.TryGetValue(key, out var earlier))
        {
            if (!earlier.Path.Select(UnitTree.Key).SequenceEqual(path.Select(UnitTree.Key)))
            {
                Problem(line, ImportColumns.ParentUnit, "unit-conflict", UnitTree.Join(earlier.Path),
                    earlier.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            return;
        }
        teamUnits[key] = (path, line);
    }

    /// <summary>An import never leaves the organisation without an active admin.</summary>
    public void CheckAdminsRemain(IReadOnlyList<PersonPlan> people, OrganisationSnapshot snapshot)
    {
        var admins = snapshot.People.Where(p => !p.Deactivated && p.Role == "admin").Select(p => p.Id).ToHashSet();
        if (admins.Count == 0)
        {
            return;
        }
        var remaining = new HashSet<int>(admins);
        var added = 0;
        foreach (var plan in people)
        {
            if (plan.PersonId is { } id && plan.Role != "admin")
            {
                remaining.Remove(id);
            }
            else if (plan.Role == "admin")
            {
                added++;
            }
        }
        if (remaining.Count + added == 0)
        {
            var line = people.First(p => p.PersonId is { } id && admins.Contains(id)).Line;
            Problem(line, ImportColumns.Role, "last-admin");
        }
    }

    public (List<TeamPlan> Teams, List<IReadOnlyList<string>> Units) PlanTeamsAndUnits()
    {
        var teams = new List<TeamPlan>();
        var newUnits = new List<IReadOnlyList<string>>();
        var newUnitKeys = new HashSet<string>();
        foreach (var (key, name) in teamNames)
        {
            var existing = teamsByKey.TryGetValue(key, out var list) ? list.SingleOrDefault(t => !t.Archived) : null;
            IReadOnlyList<string>? path = teamUnits.TryGetValue(key, out var unit) ? unit.Path : null;
            var unitChanges = path is not null && (existing is null
                || !units.PathOf(existing.UnitId).Select(UnitTree.Key).SequenceEqual(path.Select(UnitTree.Key)));
            if (existing is not null && !unitChanges)
            {
                path = null;
            }
            if (path is not null)
            {
                units.Resolve(path, out var found);
                for (var depth = found.Count + 1; depth <= path.Count; depth++)
                {
                    var prefix = path.Take(depth).ToList();
                    if (newUnitKeys.Add(string.Join("\u001f", prefix.Select(UnitTree.Key))))
                    {
                        newUnits.Add(prefix);
                    }
                }
            }
            teams.Add(new TeamPlan { Name = existing?.Name ?? name, ExistingId = existing?.Id, UnitPath = path, UnitChanges = unitChanges });
        }
        return (teams, newUnits);
    }
}
