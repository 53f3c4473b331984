namespace SkillMap.Web.Features.Demo;

/// <summary>
/// The demo organisation's people: three operations teams of a Japanese company with a few
/// colleagues from abroad, under one division (部) of two sections (課). Abilities and self-bias are chosen so that the dashboards have blind spots,
/// hidden strengths and, in the small team, peer cells hidden below the anonymity threshold.
/// </summary>
internal static class DemoOrganisation
{
    public sealed record Person(string Name, string? Reading, string Email, string Role, string Language, double Ability, double SelfBias);

    public sealed record Team(string Name, Person Manager, Person[] Members, int PeersPerRater, double NotObservedRate, string Unit);

    /// <summary>A unit above teams; <paramref name="Parent"/> names a unit listed before it.</summary>
    public sealed record Unit(string Name, string? Parent);

    public const string Division = "運用本部 (Operations Division)";
    public const string InfrastructureSection = "基盤課 (Infrastructure Section)";
    public const string ServiceSection = "サービス課 (Service Section)";

    public static readonly Unit[] Units =
    [
        new(Division, null),
        new(InfrastructureSection, Division),
        new(ServiceSection, Division),
    ];

    public static readonly Team[] Teams =
    [
        new("基盤運用チーム (Platform Ops)",
            new("山本 健一", "やまもと けんいち", "kenichi.yamamoto@demo.skillmap.example", "admin", "ja", 0, 0),
            [
                new("佐藤 美咲", "さとう みさき", "misaki.sato@demo.skillmap.example", "member", "ja", 3.6, -0.6),
                new("鈴木 大輔", "すずき だいすけ", "daisuke.suzuki@demo.skillmap.example", "member", "ja", 2.8, 0.9),
                new("高橋 翔", "たかはし しょう", "sho.takahashi@demo.skillmap.example", "member", "ja", 3.2, 0.1),
                new("田中 陽子", "たなか ようこ", "yoko.tanaka@demo.skillmap.example", "member", "ja", 3.9, -0.2),
                new("Daniel Park", null, "daniel.park@demo.skillmap.example", "member", "en", 3.0, 0.4),
                new("伊藤 蓮", "いとう れん", "ren.ito@demo.skillmap.example", "member", "ja", 2.5, 0.3),
                new("渡辺 さくら", "わたなべ さくら", "sakura.watanabe@demo.skillmap.example", "member", "ja", 3.4, -0.9),
            ],
            PeersPerRater: 4,
            NotObservedRate: 0.10,
            Unit: InfrastructureSection),
        new("SREチーム (SRE)",
            new("Sarah Mitchell", null, "sarah.mitchell@demo.skillmap.example", "manager", "en", 0, 0),
            [
                new("小林 拓也", "こばやし たくや", "takuya.kobayashi@demo.skillmap.example", "member", "ja", 3.7, 0.2),
                new("Emily Carter", null, "emily.carter@demo.skillmap.example", "member", "en", 3.3, 0.7),
                new("加藤 真司", "かとう しんじ", "shinji.kato@demo.skillmap.example", "member", "ja", 2.9, -0.5),
                new("吉田 愛", "よしだ あい", "ai.yoshida@demo.skillmap.example", "member", "ja", 3.5, 0.0),
                new("山田 悠人", "やまだ ゆうと", "yuto.yamada@demo.skillmap.example", "member", "ja", 2.7, 0.6),
                new("Raj Patel", null, "raj.patel@demo.skillmap.example", "member", "en", 3.8, -0.3),
            ],
            PeersPerRater: 4,
            NotObservedRate: 0.12,
            Unit: InfrastructureSection),
        new("サービス運用チーム (Service Operations)",
            new("中村 由美", "なかむら ゆみ", "yumi.nakamura@demo.skillmap.example", "manager", "ja", 0, 0),
            [
                new("松本 健太", "まつもと けんた", "kenta.matsumoto@demo.skillmap.example", "member", "ja", 3.1, 0.5),
                new("井上 彩", "いのうえ あや", "aya.inoue@demo.skillmap.example", "member", "ja", 3.6, -0.7),
                new("木村 直樹", "きむら なおき", "naoki.kimura@demo.skillmap.example", "member", "ja", 2.6, 0.2),
                new("林 美穂", "はやし みほ", "miho.hayashi@demo.skillmap.example", "member", "ja", 3.3, 0.0),
                new("Tom Wilson", null, "tom.wilson@demo.skillmap.example", "member", "en", 2.9, 0.8),
            ],
            PeersPerRater: 3,
            NotObservedRate: 0.30,
            Unit: ServiceSection),
    ];

    /// <summary>How the teams see their own outcomes: stable service, a normal workload, fair recognition.</summary>
    public static double TeamOutcomeBase(int teamIndex, int itemIndex) => (teamIndex, itemIndex % 3) switch
    {
        (0, 0) => 3.8,
        (0, 1) => 2.6,
        (0, 2) => 2.8,
        (1, 0) => 3.4,
        (1, 1) => 3.3,
        (1, 2) => 3.6,
        (_, 0) => 3.0,
        (_, 1) => 2.4,
        _ => 2.5,
    };
}
