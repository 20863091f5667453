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
    /// and, of the rest, a random subset weighted by block density (Efraimidis–Spirakis weighted sampling without
    /// replacement: keep the largest u^(1/w)), returned in layout order.
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
            keys[k] = keepVillages && plots[k].Kind == LayoutKind.Handshake ? double.MaxValue : Math.Log(u) / w;
            order[k] = k;
        }

        // Ties are impossible for distinct u except the kept-village sentinel; sort by key then index for stability.
        Array.Sort(order, (a, b) => keys[b] != keys[a] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));
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

    public static List<Building> Create(
        List<Plot> plots, DistrictPlan plan, AdminAreas admin, Gazetteer gaz, Outline outline, List<string> frontNames,
        int targetResidents, IProgress<OperationProgress>? progress)
    {
        double m2PerPerson = ResidentialM2PerPerson(plots, targetResidents);
        GeometryFactory f = DistrictGeometry.Factory;
        LocalFrame fr = outline.Frame;
        var result = new List<Building>(plots.Count);
        var houseNo = new int[admin.Communities.Count];
        var frontNo = new int[frontNames.Count];
        double residentCarry = 0;
        long residentsSoFar = 0;
        for (int k = 0; k < plots.Count; k++)
        {
            Plot p = plots[k];
            double floor = Math.Round(p.FootprintM2 * p.Storeys, 1);
            (double dayRate, double nightRate) = Occupancy.PerM2(p.Use, m2PerPerson);
            int night;
            if (p.Use == BuildingUse.Residential)
            {
                // Cumulative rounding keeps the district total exact without biasing any building.
                residentCarry += floor * nightRate;
                long total = (long)Math.Round(residentCarry);
                night = (int)(total - residentsSoFar);
                residentsSoFar = total;
            }
            else
            {
                night = (int)Math.Round(floor * nightRate);
            }

            int day = p.Use == BuildingUse.Residential
                ? (int)Math.Round(night * Occupancy.ResidentialDayShare)
                : (int)Math.Round(floor * dayRate);
            int community = plan.Community[p.Cell];
            CommunityInfo ci = admin.Communities[community];
            string address;
            if (p.FrontRoad >= 0)
            {
                int n = (2 * frontNo[p.FrontRoad]++) + 1;
                address = frontNames[p.FrontRoad] + n.ToString(CultureInfo.InvariantCulture) + "号";
            }
            else
            {
                int n = ++houseNo[community];
                address = gaz.Streets[ci.Street].Name + " " + ci.Name + " " + n.ToString(CultureInfo.InvariantCulture) + "号";
            }

            double lon0 = fr.Lon(p.X0), lon1 = fr.Lon(p.X1), lat0 = fr.Lat(p.Y0), lat1 = fr.Lat(p.Y1);
            var seq = new PackedDoubleCoordinateSequence([lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0], 2, 0);
            string id = gaz.IdPrefix + "-B" + (k + 1).ToString("D7", CultureInfo.InvariantCulture);
            result.Add(new Building(
                id, f.CreatePolygon(f.CreateLinearRing(seq)), p.Structure, p.Year, p.Storeys, p.Basements,
                p.Storeys * StoreyHeightM, floor, p.Use, day, night, admin.StreetCodes[ci.Street], ci.Code, address,
                KindNames[(int)p.Kind]));
            if ((k & 0xFFFF) == 0xFFFF)
            {
                progress?.Report(new OperationProgress("creating buildings", k + 1, plots.Count));
            }
        }

        progress?.Report(new OperationProgress("creating buildings", plots.Count, plots.Count));
        return result;
    }
}
