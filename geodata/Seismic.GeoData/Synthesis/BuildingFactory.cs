using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using Seismic.Engine.Common;
using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>Turns the kept plots into <see cref="Building"/> records with occupants calibrated to the census.</summary>
internal static class BuildingFactory
{
    /// <summary>Storey height used for <see cref="Building.HeightM"/>: 3 m, typical of Chinese housing.</summary>
    public const double StoreyHeightM = 3.0;

    private static readonly string[] KindNames =
        ["slab", "frame", "frame_shear", "tower", "industrial", "office", "campus", "school", "hospital", "handshake"];

    /// <summary>
    /// Keeps exactly <paramref name="count"/> plots: every urban-village plot (the dense fabric the model must show)
    /// and, of the rest, a random subset favouring dense blocks: each plot draws u in [0, 1) and the plots with the
    /// smallest u ÷ density are kept (plain division, so the choice is bit-identical on every platform), returned in
    /// layout order.
    /// </summary>
    public static List<Plot> Select(List<Plot> plots, int count, double[] density, long seed)
    {
        int village = 0;
        foreach (Plot p in plots)
        {
            village += p.Kind == LayoutKind.Handshake ? 1 : 0;
        }

        bool keepVillages = village <= count;
        var rng = new SynthRandom(seed, 31);
        var keys = new double[plots.Count];
        var order = new int[plots.Count];
        for (int k = 0; k < plots.Count; k++)
        {
            double u = rng.NextDouble();
            double w = Math.Max(1e-3, density[plots[k].Cell]);
            keys[k] = keepVillages && plots[k].Kind == LayoutKind.Handshake ? double.MinValue : u / w;
            order[k] = k;
        }

        // Keys are distinct 53-bit draws except the kept-village sentinel, and all of those are kept, so the
        // kept set does not depend on the sort's handling of ties.
        Array.Sort(keys, order);
        var keep = new bool[plots.Count];
        for (int k = 0; k < count; k++)
        {
            keep[order[k]] = true;
        }

        var kept = new List<Plot>(count);
        for (int k = 0; k < plots.Count; k++)
        {
            if (keep[k])
            {
                kept.Add(plots[k]);
            }
        }

        return kept;
    }

    /// <summary>Residential floor area per resident that makes night occupants add up to the target.</summary>
    public static double ResidentialM2PerPerson(List<Plot> plots, int targetResidents)
    {
        double resFloor = 0, otherNight = 0;
        foreach (Plot p in plots)
        {
            double floor = p.FootprintM2 * p.Storeys;
            if (p.Use == BuildingUse.Residential)
            {
                resFloor += floor;
            }
            else
            {
                otherNight += Math.Round(floor * Occupancy.PerM2(p.Use, 30).Night);
            }
        }

        double residents = Math.Max(1, targetResidents - otherNight);
        return resFloor / residents;
    }

    public static Building[] Create(
        List<Plot> plots, DistrictPlan plan, AdminAreas admin, Gazetteer gaz, Outline outline, List<string> frontNames,
        int targetResidents, IProgress<OperationProgress>? progress)
    {
        double m2PerPerson = ResidentialM2PerPerson(plots, targetResidents);
        int n = plots.Count;
        var night = new int[n];
        var day = new int[n];
        var number = new int[n];
        var houseNo = new int[admin.Communities.Count];
        var frontNo = new int[frontNames.Count];
        double residentCarry = 0;
        long residentsSoFar = 0;

        // Sequential pass: everything that depends on order (cumulative rounding, house numbers).
        for (int k = 0; k < n; k++)
        {
            Plot p = plots[k];
            double floor = Math.Round(p.FootprintM2 * p.Storeys, 1);
            (double dayRate, double nightRate) = Occupancy.PerM2(p.Use, m2PerPerson);
            if (p.Use == BuildingUse.Residential)
            {
                // Cumulative rounding keeps the district total exact without biasing any building.
                residentCarry += floor * nightRate;
                long total = (long)Math.Round(residentCarry);
                night[k] = (int)(total - residentsSoFar);
                residentsSoFar = total;
                day[k] = (int)Math.Round(night[k] * Occupancy.ResidentialDayShare);
            }
            else
            {
                night[k] = (int)Math.Round(floor * nightRate);
                day[k] = (int)Math.Round(floor * dayRate);
            }

            number[k] = p.FrontRoad >= 0 ? (2 * frontNo[p.FrontRoad]++) + 1 : ++houseNo[plan.Community[p.Cell]];
        }

        progress?.Report(new OperationProgress("creating buildings", n / 2, n));

        // Independent pass: each slot is written from its own index only, so running it in parallel on large
        // districts gives the same result as running it in order.
        var result = new Building[n];
        if (n >= 100_000)
        {
            Parallel.For(0, n, k => result[k] = Make(k, plots[k], night[k], day[k], number[k], plan, admin, gaz, outline, frontNames));
        }
        else
        {
            for (int k = 0; k < n; k++)
            {
                result[k] = Make(k, plots[k], night[k], day[k], number[k], plan, admin, gaz, outline, frontNames);
            }
        }

        progress?.Report(new OperationProgress("creating buildings", n, n));
        return result;
    }

    private static Building Make(
        int k, Plot p, int night, int day, int number, DistrictPlan plan, AdminAreas admin, Gazetteer gaz, Outline outline,
        List<string> frontNames)
    {
        GeometryFactory f = DistrictGeometry.Factory;
        LocalFrame fr = outline.Frame;
        CommunityInfo ci = admin.Communities[plan.Community[p.Cell]];
        string no = number.ToString(CultureInfo.InvariantCulture);
        string address = p.FrontRoad >= 0
            ? frontNames[p.FrontRoad] + no + "号"
            : gaz.Streets[ci.Street].Name + " " + ci.Name + " " + no + "号";
        double lon0 = fr.Lon(p.X0), lon1 = fr.Lon(p.X1), lat0 = fr.Lat(p.Y0), lat1 = fr.Lat(p.Y1);
        var seq = new PackedDoubleCoordinateSequence([lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0], 2, 0);
        string id = gaz.IdPrefix + "-B" + (k + 1).ToString("D7", CultureInfo.InvariantCulture);
        double floor = Math.Round(p.FootprintM2 * p.Storeys, 1);
        return new Building(
            id, f.CreatePolygon(f.CreateLinearRing(seq)), p.Structure, p.Year, p.Storeys, p.Basements,
            p.Storeys * StoreyHeightM, floor, p.Use, day, night, admin.StreetCodes[ci.Street], ci.Code, address,
            KindNames[(int)p.Kind]);
    }
}
