namespace Seismic.Engine.Routing.Blockage;

/// <summary>
/// The rules that turn a damage scenario into closed roads and shelters. Every threshold is a planning choice, not a
/// physical constant: the defaults are documented with their source and can be changed per run.
/// </summary>
public sealed record BlockageOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static BlockageOptions Default { get; } = new();

    /// <summary>
    /// Debris reach as a fraction of building height, measured from the footprint outwards. Default 0.5: the
    /// collapse-influence width coefficient for buildings under 24 m whose long side faces the road end-on, and the
    /// lower bound for 24–54 m buildings, in the simplified table of Chinese practice (GB 51143-2015 防灾避难场所设计规范,
    /// as tabulated in "A Study of Influence Distance and Road Safety Avoidance Distance from Postearthquake Building
    /// Debris Accumulation", Advances in Civil Engineering 2020, Table 7, which gives 2/3 for a long side parallel to
    /// the road); Japanese post-Kobe surveys of road blockage report debris spreads of the same order (about half the
    /// height). Use 2/3 for a conservative plan. The same table lowers the coefficient for towers (0.3–0.5 at 24–54 m,
    /// down to 0.15–0.2 above 160 m), so a single fraction errs long for high-rises — on the safe side for a route.
    /// </summary>
    public double DebrisReachFraction { get; init; } = 0.5;

    /// <summary>
    /// A building sheds debris when its mean collapse probability (scenario p_collapse) reaches this value.
    /// Default 0.10: one chance in ten of collapse is already a planning-relevant blockage risk for an escape route.
    /// </summary>
    public double CollapseProbabilityThreshold { get; init; } = 0.10;

    /// <summary>
    /// A building also sheds debris when its probability of complete damage (scenario p_complete) reaches this value,
    /// even below the collapse threshold: completely damaged buildings drop infill walls, façades and parapets into
    /// the street (HAZUS-MH debris model counts most of a completely damaged building's non-structural mass as debris).
    /// Default 0.30; set above 1 to use collapse only.
    /// </summary>
    public double CompleteDamageThreshold { get; init; } = 0.30;

    /// <summary>
    /// Storey height in metres, for buildings whose height is not surveyed: height = storeys × this. Default 3.0 m
    /// (GB 50096-2011 residential storey height of 2.8–3.0 m; offices and schools are taller, so this errs short).
    /// </summary>
    public double StoreyHeightM { get; init; } = 3.0;

    /// <summary>
    /// Narrowest clear width a road must keep to stay open on foot, metres. Default 1.5 m: room for a wheelchair to
    /// turn and two people to pass (GB 50763-2012 accessible passage widths), and for a stretcher team.
    /// </summary>
    public double MinPassableWidthM { get; init; } = 1.5;

    /// <summary>
    /// Bridges are closed when the median PGA at the bridge reaches this value, g. The district has no bridge
    /// inventory, so a PGA proxy stands in for a bridge fragility: HAZUS-MH Technical Manual (Table 7.9) gives
    /// moderate-damage medians of conventionally designed highway bridges of about 0.25–0.6 g (in Sa(1.0 s));
    /// default 0.30 g, the conservative end for the older multi-span bridges over the Pearl River.
    /// </summary>
    public double BridgeClosurePgaG { get; init; } = 0.30;

    /// <summary>
    /// Tunnels and underpasses are closed when the median PGA reaches this value, g. Default 0.70 g: about the
    /// HAZUS-MH moderate-damage median of cut-and-cover tunnels (HTU2), the kind found under Haizhu's streets.
    /// </summary>
    public double TunnelClosurePgaG { get; init; } = 0.70;

    /// <summary>Checks every value; the message names the property.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value outside its range.</exception>
    public void Validate()
    {
        Check(DebrisReachFraction, 0, 5, nameof(DebrisReachFraction));
        Check(CollapseProbabilityThreshold, 0, double.MaxValue, nameof(CollapseProbabilityThreshold));
        Check(CompleteDamageThreshold, 0, double.MaxValue, nameof(CompleteDamageThreshold));
        Check(StoreyHeightM, 1, 10, nameof(StoreyHeightM));
        Check(MinPassableWidthM, 0, 20, nameof(MinPassableWidthM));
        Check(BridgeClosurePgaG, 0, double.MaxValue, nameof(BridgeClosurePgaG));
        Check(TunnelClosurePgaG, 0, double.MaxValue, nameof(TunnelClosurePgaG));
    }

    private static void Check(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [{min}, {max}]");
        }
    }
}
