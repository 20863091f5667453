using Seismic.Maps.Documents;

namespace Seismic.Maps.Builders;

/// <summary>
/// The evacuation palette: buildings in a blue ramp by walking time (ColorBrewer Blues, darker = farther), shelters in
/// a magenta–purple ramp by load (ColorBrewer RdPu), so neither reads as the resilience map's red–yellow–green grades;
/// unserved buildings in red, routes in near-black over a white casing (clear of the orange arterials).
/// </summary>
internal static class EvacuationMapStyles
{
    /// <summary>Walking-time class limits in minutes: 5 and 10 min bracket the 500 m immediate-shelter radius of
    /// GB 50413-2007 §8.2 at 1.1 m/s (7.6 min); 40 min is about the 2–3 km fixed-shelter radius.</summary>
    public static readonly double[] WalkBreaksMin = [5, 10, 20, 40];

    public static readonly MapColor[] WalkColors =
    [
        MapColor.FromHex("#c6dbef"), MapColor.FromHex("#6baed6"), MapColor.FromHex("#3182bd"), MapColor.FromHex("#08519c"), MapColor.FromHex("#08306b"),
    ];

    public static readonly MapColor Unserved = MapColor.FromHex("#e31a1c");
    public static readonly MapColor NoOccupants = MapColor.FromHex("#c9c6c1");

    /// <summary>Load-ratio class limits (served ÷ capacity).</summary>
    public static readonly double[] LoadBreaks = [0.5, 0.8, 0.995];

    public static readonly MapColor[] LoadColors =
    [
        MapColor.FromHex("#fbb4b9"), MapColor.FromHex("#f768a1"), MapColor.FromHex("#c51b8a"), MapColor.FromHex("#49006a"),
    ];

    /// <summary>Capacity class limits in persons and the marker diameter of each class in points.</summary>
    public static readonly int[] CapacityBreaks = [5_000, 20_000, 50_000];

    public static readonly double[] CapacitySizesPt = [6, 9, 13, 18];

    public static readonly AreaStyle ShelterArea = new(MapColor.FromHex("#f3dcea"), MapColor.FromHex("#ae017e"), 0.5);

    public static readonly LineStyle Route = new(MapColor.FromHex("#252525"), 0.9)
    {
        CasingColor = MapColor.FromHex("#ffffffd0"),
        CasingWidthPt = 2.0,
    };

    /// <summary>Streets closed by debris, shaking or given closures: heavy black dashes over a white casing, apart from
    /// the routes (thin solid) and from the red of unserved buildings.</summary>
    public static readonly LineStyle ClosedStreet = new(MapColor.FromHex("#000000"), 1.6)
    {
        CasingColor = MapColor.FromHex("#ffffffe0"),
        CasingWidthPt = 2.6,
        DashPt = [2.2, 1.4],
    };

    /// <summary>Bridges and tunnels left open on part of their width until inspected: orange dashes over a white
    /// casing, a warning apart from the black of closed streets.</summary>
    public static readonly LineStyle RestrictedStreet = new(MapColor.FromHex("#e67e00"), 2.0)
    {
        CasingColor = MapColor.FromHex("#ffffffe0"),
        CasingWidthPt = 3.0,
        DashPt = [3.0, 1.6],
    };

    public static readonly LabelStyle ShelterLabel = new(6.5, MapColor.FromHex("#5b0045"), MapColor.FromHex("#ffffffdc"), 1.0) { TryAlternativePositions = true };

    public static readonly MapColor MarkerOutline = new(255, 255, 255);
}
