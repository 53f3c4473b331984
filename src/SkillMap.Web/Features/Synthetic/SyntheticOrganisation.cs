namespace SkillMap.Web.Features.Synthetic;

/// <summary>
/// The shape of a synthetic organisation, drawn from a seed: departments (部) of sections (課) of
/// teams, teams of 4–9 members with a manager (some managers lead two teams), one admin, a few
/// contractors who are not rated, and for each person an ability and a self-view bias that the
/// answers are drawn around.
/// </summary>
public sealed class SyntheticOrganisation
{
    public sealed record Person(int Index, string Name, string? Reading, string Role, string Language, bool IsRated, double Ability, double SelfBias);

    /// <param name="Section">The section (課) the team sits in, 0-based.</param>
    public sealed record Team(int Index, string Name, int Manager, IReadOnlyList<int> Members, double OutcomeBase, double NotObservedRate, int Section);

    /// <summary>A department (<paramref name="Section"/> null) or a section under one; parents come first.</summary>
    public sealed record Unit(int Index, string Name, int? Parent, int? Section);

    public required IReadOnlyList<Person> People { get; init; }

    public required IReadOnlyList<Team> Teams { get; init; }

    public required IReadOnlyList<Unit> Units { get; init; }

    /// <summary>A department closes once it holds this many teams (or three sections): about 5–15 teams each.</summary>
    public const int DepartmentTeams = 8;

    public int Admin => 0;

    private static readonly string[] FamilyNames =
    [
        "佐藤|さとう", "鈴木|すずき", "高橋|たかはし", "田中|たなか", "伊藤|いとう", "渡辺|わたなべ", "山本|やまもと", "中村|なかむら", "小林|こばやし", "加藤|かとう",
        "吉田|よしだ", "山田|やまだ", "佐々木|ささき", "山口|やまぐち", "松本|まつもと", "井上|いのうえ", "木村|きむら", "林|はやし", "斎藤|さいとう", "清水|しみず",
    ];

    private static readonly string[] GivenNames =
    [
        "翔|しょう", "陽子|ようこ", "大輔|だいすけ", "美咲|みさき", "蓮|れん", "さくら|さくら", "健一|けんいち", "由美|ゆみ", "拓也|たくや", "愛|あい",
        "真司|しんじ", "悠人|ゆうと", "健太|けんた", "彩|あや", "直樹|なおき", "美穂|みほ", "大和|やまと", "葵|あおい", "湊|みなと", "結衣|ゆい",
    ];

    private static readonly string[] EnglishNames =
    [
        "Daniel Park", "Emily Carter", "Raj Patel", "Tom Wilson", "Sarah Mitchell", "Ana Souza", "Li Wei", "Maria Garcia", "James Brown", "Nguyen Van An",
    ];

    private static readonly string[] TeamKinds =
    [
        "基盤運用 (Platform Ops)", "SRE", "サービス運用 (Service Operations)", "ネットワーク運用 (Network Ops)", "DB運用 (Database Ops)",
        "クラウド基盤 (Cloud Infrastructure)", "監視 (Observability)", "セキュリティ運用 (Security Ops)", "サービスデスク (Service Desk)",
    ];

    public static SyntheticOrganisation Draw(int peopleCount, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(peopleCount, 6);
        var people = new List<Person>(peopleCount);
        Person NewPerson(string role)
        {
            var index = people.Count;
            string name;
            string? reading = null;
            var english = random.NextDouble() < 0.1;
            if (english)
            {
                name = EnglishNames[random.Next(EnglishNames.Length)];
            }
            else
            {
                var family = FamilyNames[random.Next(FamilyNames.Length)].Split('|');
                var given = GivenNames[random.Next(GivenNames.Length)].Split('|');
                name = $"{family[0]} {given[0]}";
                reading = $"{family[1]} {given[1]}";
            }
            var person = new Person(index, name, reading, role, english ? "en" : "ja",
                IsRated: role != "member" || random.NextDouble() >= 0.03,
                Ability: Math.Clamp(3.0 + Normal(random) * 0.6, 1.5, 4.6),
                SelfBias: Normal(random) * 0.5 + 0.15);
            people.Add(person);
            return person;
        }

        NewPerson("admin");
        var teams = new List<Team>();
        var remaining = peopleCount - 1;
        var unit = 1;
        var teamsInUnit = 0;
        var unitSize = random.Next(3, 7);
        int? lastManager = null;
        while (remaining >= 5 || (remaining >= 4 && lastManager is not null))
        {
            var shareManager = lastManager is not null && random.NextDouble() < 0.2;
            var size = Math.Min(random.Next(4, 10), remaining - (shareManager ? 0 : 1));
            if (size < 4)
            {
                break;
            }
            var manager = shareManager ? lastManager!.Value : NewPerson("manager").Index;
            var members = Enumerable.Range(0, size).Select(_ => NewPerson("member").Index).ToList();
            remaining -= size + (shareManager ? 0 : 1);
            var name = $"U{unit:00}-{teamsInUnit + 1} {TeamKinds[random.Next(TeamKinds.Length)]}";
            teams.Add(new Team(teams.Count, name, manager, members, OutcomeBase: 2.6 + random.NextDouble() * 1.2, NotObservedRate: 0.05 + random.NextDouble() * 0.2, Section: unit - 1));
            lastManager = shareManager ? null : manager;
            if (++teamsInUnit == unitSize)
            {
                unit++;
                teamsInUnit = 0;
                unitSize = random.Next(3, 7);
            }
        }
        // The last few people join teams that still have room, so everyone belongs somewhere.
        for (var i = 0; i < remaining; i++)
        {
            var roomy = teams.FirstOrDefault(t => t.Members.Count < 9)
                ?? throw new InvalidOperationException("No team has room for the remaining people.");
            var index = teams.IndexOf(roomy);
            teams[index] = roomy with { Members = [.. roomy.Members, NewPerson("member").Index] };
        }
        return new SyntheticOrganisation { People = people, Teams = teams, Units = Departments(teams) };
    }

    /// <summary>
    /// Groups the sections into departments in order, without drawing from the seed's random sequence
    /// (so the same seed still draws the same people and answers as before units existed).
    /// </summary>
    private static List<Unit> Departments(IReadOnlyList<Team> teams)
    {
        var units = new List<Unit>();
        int? department = null;
        var departments = 0;
        var teamsInDepartment = 0;
        var sectionsInDepartment = 0;
        foreach (var section in teams.GroupBy(t => t.Section).OrderBy(g => g.Key))
        {
            if (department is null)
            {
                departments++;
                department = units.Count;
                units.Add(new Unit(units.Count, $"第{departments}運用部 (Operations Department {departments})", null, null));
            }
            units.Add(new Unit(units.Count, $"第{section.Key + 1}課 (Section {section.Key + 1})", department, section.Key));
            teamsInDepartment += section.Count();
            if (++sectionsInDepartment == 3 || teamsInDepartment >= DepartmentTeams)
            {
                department = null;
                teamsInDepartment = 0;
                sectionsInDepartment = 0;
            }
        }
        return units;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
