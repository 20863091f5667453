using System.Globalization;
using Seismic.Engine.District;
using Seismic.Maps.Documents;

namespace Seismic.Maps.Builders;

/// <summary>
/// Words an emergency card (防震减灾应急卡) in Chinese with an English line under each item: the shelter, the walk (at
/// 1.1 m/s and at the elderly 0.8 m/s), the assembly point, what to do during the shaking, what to take, the
/// emergency numbers and the community; the route map comes from <see cref="EmergencyCardMapBuilder"/>.
/// </summary>
public static class EmergencyCardBuilder
{
    /// <summary>
    /// National emergency numbers of the People's Republic of China: 110 police, 119 fire, 120 ambulance, and 12322,
    /// the China Earthquake Administration's earthquake (防震减灾) public service hotline. shared/reference holds no list
    /// of these numbers; they are the nationally published ones.
    /// </summary>
    public static IReadOnlyList<CardLine> EmergencyNumbers { get; } =
    [
        new("110 报警", "Police", Emphasis: true),
        new("119 火警", "Fire", Emphasis: true),
        new("120 急救", "Ambulance", Emphasis: true),
        new("12322 防震减灾热线", "Earthquake hotline", Emphasis: true),
    ];

    /// <summary>
    /// The grab bag (应急包) every card lists: the items commonly recommended for a household emergency kit in China
    /// (家庭应急物资储备: 证件, water, medicine, torch, whistle, warm clothes, phone and cash).
    /// </summary>
    public static IReadOnlyList<CardLine> WhatToTake { get; } =
    [
        new("身份证件、饮用水、常用药品", "ID papers, drinking water, daily medicines"),
        new("手电筒、哨子、保暖衣物", "Torch, whistle, warm clothes"),
        new("手机和充电宝、少量现金", "Phone and power bank, some cash"),
    ];

    /// <summary>Builds the card.</summary>
    /// <param name="model">The district (base map, source).</param>
    /// <param name="facts">What the card says.</param>
    /// <returns>A card for any <see cref="IEmergencyCardRenderer"/>.</returns>
    public static EmergencyCard Build(DistrictModel model, EmergencyCardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(facts);
        var (map, legend) = EmergencyCardMapBuilder.Build(model, facts);
        var community = facts.Community?.Name ?? "—";
        var communityEn = facts.Community is { NameEn.Length: > 0 } ce ? ce.NameEn : facts.Community?.Code ?? "no community";
        var street = facts.Street?.Name ?? string.Empty;
        var streetEn = facts.Street?.NameEn ?? string.Empty;
        var (subject, subjectEn) = facts.Building is { } b
            ? ($"{community} · 楼栋 {b.Id}", $"{communityEn} · Building {b.Id}")
            : ($"{community}{(street.Length > 0 ? " · " + street : string.Empty)}", Join(communityEn, streetEn));
        var sections = new List<CardSection>
        {
            ShelterSection(facts),
            RouteSection(facts),
            AssemblySection(facts),
            new("地震时", "During the shaking",
            [
                new("伏地、遮挡、手抓牢；震后迅速有序撤离，不乘电梯", "Drop, cover, hold on; then leave calmly — never take the lift"),
                new("远离玻璃、外墙和广告牌，注意掉落物", "Keep clear of glass, outer walls and signboards"),
            ], Column: 1),
            new("随身携带", "What to take", WhatToTake, Column: 1),
            new("应急电话", "Emergency numbers", EmergencyNumbers, Column: 1) { ItemsPerRow = 2 },
            CommunitySection(facts, community, communityEn, street, streetEn),
        };
        var warning = facts.UnservedPersons > 0
            ? Inv($"注意：{facts.UnservedPersons:N0} 人暂无避难场所名额，请听从社区安排 · {facts.UnservedPersons:N0} persons have no shelter place yet: follow the community's instructions")
            : string.Empty;
        var source = model.Info.Source.Length == 0 ? model.Info.Name : model.Info.Source;
        var footer = Inv($"数据 Data: {source} · {(facts.Night ? "夜间 night" : "日间 day")} 疏散规划 evacuation plan · 步速 walking speed 1.1 m/s, 老人 elderly 0.8 m/s · 卡号 Card {facts.CardId} · Seismic");
        return new EmergencyCard(facts.CardId, "防震减灾应急卡", "Earthquake Emergency Card", subject, subjectEn, map, legend, sections, footer)
        {
            Warning = warning,
        };
    }

    private static CardSection ShelterSection(EmergencyCardFacts facts)
    {
        if (facts.Shelter is not { } shelter)
        {
            return new CardSection("避难场所", "Shelter", [new("暂无指定避难场所", "None assigned — ask your community", Emphasis: true)]);
        }

        var address = shelter.Address.Length > 0 ? shelter.Address : "见地图终点";
        var addressEn = shelter.Address.Length > 0 ? "Address as above" : "See the end of the route on the map";
        return new CardSection("避难场所", "Shelter",
        [
            shelter.Name.Length > 0
                ? new(shelter.Name, shelter.NameEn, Emphasis: true)
                : new("未命名场地 " + shelter.Id, "Unnamed site " + shelter.Id + ": its number in the district's shelter list", Emphasis: true),
            new("地址：" + address, addressEn),
            new(Inv($"{CategoryName(shelter.Category)} · 可容纳 {shelter.CapacityPersons:N0} 人"), Inv($"{CategoryNameEn(shelter.Category)} · holds {shelter.CapacityPersons:N0} persons")),
        ]);
    }

    private static CardSection RouteSection(EmergencyCardFacts facts)
    {
        if (facts.Shelter is null)
        {
            return new CardSection("步行路线", "Walking route", [new("暂无路线", "No route")]);
        }

        var lines = new List<CardLine>
        {
            new(Inv($"步行 {Distance(facts.DistanceM)}，约 {Minutes(facts.WalkSeconds)} 分钟"), Inv($"Walk {DistanceEn(facts.DistanceM)}, about {Minutes(facts.WalkSeconds)} min at 1.1 m/s"), Emphasis: true),
            new(Inv($"老人、行动不便者约 {Minutes(facts.ElderlyWalkSeconds)} 分钟（0.8 米/秒）"), Inv($"Elderly or disabled: about {Minutes(facts.ElderlyWalkSeconds)} min at 0.8 m/s")),
        };
        if (facts.ViaStreets.Count > 0)
        {
            lines.Add(new CardLine("途经：" + string.Join(" → ", facts.ViaStreets), "Via the streets named, along the blue line on the map"));
        }
        else
        {
            lines.Add(new CardLine("沿地图蓝线步行", "Follow the blue line on the map"));
        }

        if (facts.OverRadius)
        {
            lines.Add(new CardLine("超出避难场所服务半径（GB 50413）", "Beyond the shelter's service radius (GB 50413)"));
        }

        return new CardSection("步行路线", "Walking route", lines);
    }

    private static CardSection AssemblySection(EmergencyCardFacts facts)
    {
        if (facts.Assembly is not { } a)
        {
            return new CardSection("集合点", "Assembly point", [new("楼前空地，远离建筑", "Open ground in front of the building, away from walls")]);
        }

        return new CardSection("集合点", "Assembly point",
        [
            new(a.Description, a.DescriptionEn, Emphasis: true),
            new(Inv($"距楼约 {a.DistanceM:0} 米；先在此清点人数，再前往避难场所"), Inv($"About {a.DistanceM:0} m away: gather for a headcount, then walk on to the shelter")),
        ]);
    }

    private static CardSection CommunitySection(EmergencyCardFacts facts, string community, string communityEn, string street, string streetEn)
    {
        var lines = new List<CardLine>
        {
            new(street.Length > 0 ? $"{community} · {street}" : community, Join(communityEn, streetEn)),
        };
        if (facts.Building is { Address.Length: > 0 } building)
        {
            lines.Add(new CardLine("地址：" + building.Address, "Building address"));
        }

        if (facts.Destinations.Count > 1)
        {
            var parts = new List<string>();
            foreach (var (name, share) in facts.Destinations)
            {
                parts.Add(Inv($"{name} {share:0%}"));
            }

            lines.Add(new CardLine("本社区居民去向：" + string.Join("，", parts), "Where this community's residents go (share of persons)"));
        }

        lines.Add(new CardLine("社区联系人及电话：________________", "Community contact and phone (fill in)"));
        return new CardSection("社区", "Community", lines, Column: 1);
    }

    /// <summary>Chinese category names after GB 21734-2008 (classes Ⅰ–Ⅲ) and GB 50413-2007 (紧急 / 固定).</summary>
    private static string CategoryName(ShelterCategory category) => category switch
    {
        ShelterCategory.ClassI => "Ⅰ类避难场所",
        ShelterCategory.ClassII => "Ⅱ类避难场所",
        ShelterCategory.ClassIII => "Ⅲ类避难场所",
        ShelterCategory.Immediate => "紧急避难场所",
        ShelterCategory.Fixed => "固定避难场所",
        _ => "备选避难空地",
    };

    private static string CategoryNameEn(ShelterCategory category) => category switch
    {
        ShelterCategory.ClassI => "Class I shelter",
        ShelterCategory.ClassII => "Class II shelter",
        ShelterCategory.ClassIII => "Class III shelter",
        ShelterCategory.Immediate => "Immediate shelter",
        ShelterCategory.Fixed => "Fixed shelter",
        _ => "Candidate open space",
    };

    private static string Distance(double metres) => metres >= 1000 ? Inv($"{metres / 1000:0.0} 公里") : Inv($"{Math.Round(metres / 10) * 10:0} 米");

    private static string DistanceEn(double metres) => metres >= 1000 ? Inv($"{metres / 1000:0.0} km") : Inv($"{Math.Round(metres / 10) * 10:0} m");

    // Rounded up: a card should never promise a shorter walk than the plan.
    private static string Minutes(double seconds) => Math.Max(1, Math.Ceiling(seconds / 60)).ToString("0", CultureInfo.InvariantCulture);

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " · " + b;

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
