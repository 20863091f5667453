using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Real names of Haizhu at approximate positions (±300 m or worse; nothing here is surveyed). Street names and the
/// count of 18 streets are from the district government (2021); crossings from the 2021 district report and public
/// pages; road alignments are simplified to the block grid. See geodata/haizhu/README.md.
/// </summary>
internal static class HaizhuGazetteer
{
    public static Gazetteer Create() => new(
        "海珠区",
        "Haizhu District",
        "440105",
        "HZ",
        Streets,
        Arterials,
        Crossings,
        Villages,
        Sites,
        "青凤社区",
        "Qingfeng Community",
        3,
        113.2705,
        23.1005);

    // Order fixes the street codes 440105-001 … 440105-018.
    private static readonly StreetSeed[] Streets =
    [
        new("赤岗街道", "Chigang Street", 113.3200, 23.1000),
        new("新港街道", "Xingang Street", 113.3000, 23.1010),
        new("昌岗街道", "Changgang Street", 113.2770, 23.0920),
        new("江南中街道", "Jiangnan Middle Street", 113.2700, 23.1010),
        new("滨江街道", "Binjiang Street", 113.2880, 23.1090),
        new("素社街道", "Sushe Street", 113.2820, 23.1020),
        new("海幢街道", "Haizhuang Street", 113.2720, 23.1090),
        new("南华西街道", "Nanhuaxi Street", 113.2610, 23.1080),
        new("龙凤街道", "Longfeng Street", 113.2620, 23.1010),
        new("沙园街道", "Shayuan Street", 113.2560, 23.0940),
        new("南石头街道", "Nanshitou Street", 113.2520, 23.0840),
        new("凤阳街道", "Fengyang Street", 113.2740, 23.0800),
        new("瑞宝街道", "Ruibao Street", 113.2700, 23.0660),
        new("江海街道", "Jianghai Street", 113.3080, 23.0820),
        new("琶洲街道", "Pazhou Street", 113.3700, 23.0990),
        new("南洲街道", "Nanzhou Street", 113.2950, 23.0620),
        new("华洲街道", "Huazhou Street", 113.3450, 23.0650),
        new("官洲街道", "Guanzhou Street", 113.3950, 23.0880),
    ];

    private static readonly Arterial[] Arterials =
    [
        new("工业大道", true, 113.2580, 23.058, 23.106, RoadClass.Primary, 40),
        new("宝岗大道", true, 113.2655, 23.082, 23.111, RoadClass.Secondary, 30),
        new("江南大道", true, 113.2730, 23.066, 23.113, RoadClass.Primary, 40),
        new("东晓路", true, 113.2810, 23.064, 23.110, RoadClass.Secondary, 30),
        new("艺苑路", true, 113.3050, 23.074, 23.096, RoadClass.Tertiary, 20),
        new("赤岗路", true, 113.3170, 23.090, 23.106, RoadClass.Secondary, 24),
        new("广州大道南", true, 113.3270, 23.048, 23.108, RoadClass.Primary, 50),
        new("滨江路", false, 23.1095, 113.262, 113.330, RoadClass.Secondary, 30),
        new("前进路", false, 23.0960, 113.262, 113.281, RoadClass.Secondary, 24),
        new("新港路", false, 23.0960, 113.281, 113.405, RoadClass.Primary, 40),
        new("昌岗路", false, 23.0900, 113.255, 113.292, RoadClass.Secondary, 30),
        new("新滘路", false, 23.0790, 113.250, 113.365, RoadClass.Primary, 40),
        new("南洲路", false, 23.0660, 113.262, 113.335, RoadClass.Secondary, 30),
        new("仑头路", true, 113.3880, 23.062, 23.100, RoadClass.Tertiary, 20),
    ];

    private static readonly Crossing[] Crossings =
    [
        new("海珠桥", 113.2670, 23.1100, 113.2670, 23.1210, RoadStructure.Bridge, RoadClass.Primary, 30, true),
        new("人民桥", 113.2575, 23.1070, 113.2560, 23.1180, RoadStructure.Bridge, RoadClass.Primary, 26, true),
        new("解放大桥", 113.2620, 23.1090, 113.2620, 23.1190, RoadStructure.Bridge, RoadClass.Primary, 30, true),
        new("江湾大桥", 113.2810, 23.1100, 113.2820, 23.1220, RoadStructure.Bridge, RoadClass.Primary, 30, true),
        new("海印大桥", 113.2960, 23.1070, 113.2970, 23.1180, RoadStructure.Bridge, RoadClass.Primary, 30, true),
        new("海心桥", 113.3220, 23.1070, 113.3230, 23.1140, RoadStructure.Bridge, RoadClass.Footway, 15, true),
        new("广州大桥", 113.3270, 23.1070, 113.3270, 23.1170, RoadStructure.Bridge, RoadClass.Primary, 36, true),
        new("猎德大桥", 113.3380, 23.1080, 113.3380, 23.1180, RoadStructure.Bridge, RoadClass.Primary, 36, true),
        new("琶洲大桥", 113.3720, 23.1060, 113.3730, 23.1160, RoadStructure.Bridge, RoadClass.Primary, 34, true),
        new("鹤洞大桥", 113.2500, 23.0860, 113.2370, 23.0830, RoadStructure.Bridge, RoadClass.Primary, 30, true),
        new("洛溪大桥", 113.2950, 23.0550, 113.2980, 23.0420, RoadStructure.Bridge, RoadClass.Primary, 26, true),
        new("新光大桥", 113.3230, 23.0520, 113.3270, 23.0400, RoadStructure.Bridge, RoadClass.Motorway, 37, false),
        new("华南大桥", 113.3500, 23.0470, 113.3550, 23.0370, RoadStructure.Bridge, RoadClass.Motorway, 30, false),
        new("洲头咀隧道", 113.2530, 23.1030, 113.2400, 23.1080, RoadStructure.Tunnel, RoadClass.Primary, 20, false),
        new("海珠湾隧道", 113.3050, 23.0530, 113.3080, 23.0410, RoadStructure.Tunnel, RoadClass.Primary, 20, false),
        new("会展西路隧道", 113.3580, 23.1060, 113.3570, 23.1160, RoadStructure.Tunnel, RoadClass.Primary, 20, false),
    ];

    private static readonly Village[] Villages =
    [
        new("康乐村", 113.3010, 23.0920, 260),
        new("鹭江村", 113.3110, 23.0930, 250),
        new("瑞宝村", 113.2850, 23.0730, 330),
        new("石溪村", 113.2640, 23.0740, 320),
        new("沥滘村", 113.3030, 23.0600, 370),
        new("三滘村", 113.2870, 23.0630, 260),
        new("大塘村", 113.3200, 23.0720, 280),
        new("龙潭村", 113.3330, 23.0870, 260),
        new("北山村", 113.4000, 23.0930, 260),
        new("黄埔村", 113.3900, 23.0990, 260),
        new("小洲村", 113.3640, 23.0630, 330),
        new("赤沙村", 113.3700, 23.0850, 280),
        new("仑头村", 113.3850, 23.0760, 260),
        new("土华村", 113.3480, 23.0570, 260),
    ];

    private static readonly NamedSite[] Sites =
    [
        new("晓港公园", "Xiaogang Park", 113.2770, 23.0930, 230, 200, ShelterCategory.Fixed, "park", 0.45,
            "江南大道中", ["江南大道中", "东晓路", "昌岗东路", "前进路"]),
        new("海幢公园", "Haizhuang Park", 113.2715, 23.1060, 120, 110, ShelterCategory.ClassII, "park", 0.5,
            "同福中路", []),
        new("海珠湖公园", "Haizhu Lake Park", 113.3190, 23.0840, 520, 420, ShelterCategory.ClassII, "park", 0.3,
            "新滘中路", []),
        new("海珠国家湿地公园", "Haizhu National Wetland Park", 113.3450, 23.0740, 1100, 700, ShelterCategory.ClassI,
            "park", 0.12, "新滘东路", []),
        new("中山大学南校园", "Sun Yat-sen University South Campus", 113.2980, 23.0985, 220, 160,
            ShelterCategory.Fixed, "campus", 0.7, "新港西路135号", []),
    ];
}
