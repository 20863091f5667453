using Seismic.Maps.Documents;

namespace Seismic.Maps.Builders;

/// <summary>
/// The district overview palette: muted land, blue water, warm arterials with casings (the convention of most
/// web base maps), white local streets, purple bridges, dashed tunnels, green shelters.
/// </summary>
internal static class DistrictMapStyles
{
    public static readonly MapColor Water = MapColor.FromHex("#b5d3e7");
    public static readonly MapColor Land = MapColor.FromHex("#f4f1ea");
    public static readonly MapColor Outside = MapColor.FromHex("#e4e1dc");
    public static readonly MapColor Halo = MapColor.FromHex("#ffffffdc");

    public static readonly AreaStyle LandArea = new(Land);
    public static readonly AreaStyle WaterArea = new(Water, MapColor.FromHex("#7fa9c6"), 0.4);
    public static readonly AreaStyle ResidentialBuilding = new(MapColor.FromHex("#c8b6a3"));
    public static readonly AreaStyle OtherBuilding = new(MapColor.FromHex("#aeaaa6"));
    public static readonly MarkerStyle PointBuilding = new(MarkerShape.Square, 1.2, MapColor.FromHex("#b9ab9c"));
    public static readonly AreaStyle ShelterArea = new(MapColor.FromHex("#7cc576"), MapColor.FromHex("#2e7d32"), 0.6);
    public static readonly MarkerStyle ShelterMarker = new(MarkerShape.Circle, 5.5, MapColor.FromHex("#1b8a3a"), new MapColor(255, 255, 255), 0.9);
    public static readonly MarkerStyle AssemblyMarker = new(MarkerShape.Triangle, 4, MapColor.FromHex("#e8590c"), new MapColor(255, 255, 255), 0.6);

    public static readonly LineStyle Boundary = new(MapColor.FromHex("#4a2c5e"), 1.6)
    {
        CasingColor = MapColor.FromHex("#b48fc8a0"),
        CasingWidthPt = 5,
    };

    public static readonly LineStyle StreetOutline = new(MapColor.FromHex("#7d6a8a"), 0.7) { DashPt = [4, 1.5, 1, 1.5] };
    public static readonly LineStyle CommunityOutline = new(MapColor.FromHex("#b3a99e"), 0.25);

    public static readonly LineStyle Arterial = new(MapColor.FromHex("#fcc883"), 2.2)
    {
        CasingColor = MapColor.FromHex("#b27a3b"),
        CasingWidthPt = 3.0,
    };

    public static readonly LineStyle Secondary = new(MapColor.FromHex("#ffffff"), 1.5)
    {
        CasingColor = MapColor.FromHex("#b3a48c"),
        CasingWidthPt = 2.1,
    };

    public static readonly LineStyle Local = new(MapColor.FromHex("#ffffff"), 0.8)
    {
        CasingColor = MapColor.FromHex("#cdc3b5"),
        CasingWidthPt = 1.25,
    };

    public static readonly LineStyle Minor = new(MapColor.FromHex("#a39b91"), 0.3);

    public static readonly LineStyle Bridge = new(MapColor.FromHex("#8e44ad"), 2.2)
    {
        CasingColor = MapColor.FromHex("#2d1540"),
        CasingWidthPt = 3.2,
    };

    public static readonly LineStyle Tunnel = new(MapColor.FromHex("#7b7b7b"), 1.0) { DashPt = [2.5, 1.5] };

    public static readonly LabelStyle StreetLabel = new(8.5, MapColor.FromHex("#4a3b5c"), Halo, 1.2, Bold: true);
    public static readonly LabelStyle ShelterLabel = new(6.5, MapColor.FromHex("#1d5e25"), Halo, 1.0) { OffsetYPt = 7, TryAlternativePositions = true };
    public static readonly LabelStyle BridgeLabel = new(6, MapColor.FromHex("#5b2472"), Halo, 1.0) { OffsetYPt = -6, TryAlternativePositions = true };
}
