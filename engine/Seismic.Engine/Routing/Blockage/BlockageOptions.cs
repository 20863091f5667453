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
    /// Bridges are closed when the median PGA at the bridge reaches this value, g. Default 0.30 g. The district has no
    /// bridge inventory, so this is a PGA proxy, not a HAZUS figure: HAZUS gives no PGA medians for highway bridges.
    /// Its shaking fragilities for the classes HWB1–HWB28 (Hazus 5.1 Earthquake Model Technical Manual, FEMA 2022,
    /// section 7.1; HAZUS-MH 2.1 has the same medians) are medians of Sa(1.0 s) with β = 0.6; the moderate-and-worse
    /// medians are multiplied by Kskew × K3D (skew angle, number of spans) and the slight median by Kshape =
    /// min(1, 2.5 Sa(1.0 s) / Sa(0.3 s)); PGD enters only the ground-failure curves, and PGA is the measure for
    /// tunnels, not bridges. Moderate-damage medians of conventionally designed multi-span bridges: 0.35 g for simply
    /// supported spans outside California — concrete (HWB5), steel (HWB12, HWB24) and prestressed concrete (HWB17),
    /// slight 0.25 g; 0.45 g for single-column box girders (HWB8, HWB20); 0.50 g for a major bridge with a span over
    /// 150 m (HWB1); 0.90 g for continuous concrete (HWB10, HWB22). The proxy takes the lowest, 0.35 g in Sa(1.0 s),
    /// with Kskew = K3D = 1, and converts it with the GB 50011-2010 design spectrum (§5.1.5, 5 % damping: α =
    /// (Tg/T)^0.9 αmax for Tg &lt; T &lt; 5Tg, αmax about 2.25 × PGA by table 5.1.4-1 against table 5.1.2-2): on a
    /// class III site of design group 1 (Tg = 0.45 s) Sa(1.0 s) ≈ 1.1 × PGA, so 0.35 g becomes about 0.32 g PGA (0.40 g
    /// on class II, 0.23 g on class IV), rounded down to 0.30 g for the older multi-span bridges over the Pearl River.
    /// Lower it to about 0.23 g where the crossings stand on class IV soil. The HWB medians were checked against
    /// transcriptions of the Hazus 5.1 and 2.1 tables, not against the manual pages; their table numbers, in Hazus 5.1
    /// and in HAZUS-MH MR4 (2003), are not verified.
    /// </summary>
    public double BridgeClosurePgaG { get; init; } = 0.30;

    /// <summary>
    /// Tunnels and underpasses are closed when the median PGA reaches this value, g. Default 0.70 g: the
    /// moderate-damage median of cut-and-cover tunnels (HTU2), the kind under Haizhu's streets, in the Hazus 5.1
    /// Earthquake Model Technical Manual (FEMA, July 2022), Table 7-9 "Peak Ground Acceleration Fragility Functions for
    /// Tunnels": cut and cover (HTU2) slight 0.5 g, moderate 0.7 g; bored/drilled (HTU1) slight 0.6 g, moderate 0.8 g;
    /// β = 0.6 for all four. This is a HAZUS PGA median used as it stands, not a proxy (only the PGA itself is taken
    /// from the nearest building's site cell). Moderate damage is moderate cracking of the liner and rock falling;
    /// HAZUS shaking curves stop there, and extensive or complete damage comes only from ground failure (PGD), which
    /// this rule does not model. Use 0.80 g for a bored tunnel, 0.50 g to close at slight damage. The figures were
    /// checked against the text of the Hazus 5.1 table; the table number and values in HAZUS-MH MR4 (2003) are not
    /// verified.
    /// </summary>
    public double TunnelClosurePgaG { get; init; } = 0.70;

    /// <summary>
    /// Bridges stay open but restricted (<see cref="RestrictedWidthFraction"/>) when the median PGA at them reaches this
    /// value and stays below <see cref="BridgeClosurePgaG"/>, g. Default 0.20 g: the slight-damage median, 0.25 g in
    /// Sa(1.0 s), of the same conventionally designed multi-span bridges (HWB5, HWB12, HWB17, HWB24; Kshape = 1 on the
    /// GB 50011 class III spectrum, where 2.5 Sa(1.0 s)/Sa(0.3 s) ≈ 1.2), converted as for the closure (Sa(1.0 s) ≈
    /// 1.1 × PGA): 0.23 g, rounded down to 0.20 g. Slight damage is minor cracking and spalling at abutments, joints
    /// and columns: the bridge still carries people, but is walked on part of its width until inspected.
    /// </summary>
    public double BridgeRestrictionPgaG { get; init; } = 0.20;

    /// <summary>
    /// Tunnels and underpasses stay open but restricted from this median PGA, below <see cref="TunnelClosurePgaG"/>,
    /// g. Default 0.50 g: the slight-damage median of cut-and-cover tunnels (HTU2) in the Hazus 5.1 table quoted for
    /// the closure (bored HTU1: 0.6 g) — minor cracking of the liner.
    /// </summary>
    public double TunnelRestrictionPgaG { get; init; } = 0.50;

    /// <summary>
    /// Share of its width that a restricted bridge or tunnel keeps open to people on foot, and so of its capacity in
    /// the clearance time; never less than <see cref="MinPassableWidthM"/> (nor more than its width). Default 0.5: one
    /// footway or one side, the other kept clear for inspection and emergency vehicles. A planning choice.
    /// </summary>
    public double RestrictedWidthFraction { get; init; } = 0.5;

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
        Check(BridgeRestrictionPgaG, 0, double.MaxValue, nameof(BridgeRestrictionPgaG));
        Check(TunnelRestrictionPgaG, 0, double.MaxValue, nameof(TunnelRestrictionPgaG));
        Check(RestrictedWidthFraction, 0, 1, nameof(RestrictedWidthFraction));
    }

    private static void Check(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [{min}, {max}]");
        }
    }
}
