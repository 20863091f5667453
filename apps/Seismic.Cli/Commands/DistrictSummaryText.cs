using System.Globalization;
using Seismic.Engine.District;
using Seismic.GeoData.Summary;

namespace Seismic.Cli.Commands;

/// <summary>The district summary as text for a terminal: a few headline lines and the per-street table.</summary>
internal static class DistrictSummaryText
{
    public static void Write(TextWriter w, DistrictSummary s, bool streets = true)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"{DistrictInfo.TitleOf(s.Name, s.NameEn)}{(s.Code.Length > 0 ? $" ({s.Code})" : "")} — source: {s.Source}"));
        w.WriteLine(string.Create(c, $"  area            {s.AreaKm2:N1} km²"));
        w.WriteLine(string.Create(c, $"  CRS             stored in {s.StorageCrs}; distances and areas in {s.MetricCrs}"));
        w.WriteLine(string.Create(c, $"  streets         {s.Streets:N0}   communities {s.Communities:N0}"));
        w.WriteLine(string.Create(c, $"  buildings       {s.Buildings:N0}   floor area {s.FloorAreaM2 / 1e6:N2} km²"));
        w.WriteLine(string.Create(c, $"  population      {s.PopulationNight:N0} at night, {s.PopulationDay:N0} by day (building occupants)"));
        w.WriteLine(string.Create(c, $"  roads           {s.Roads:N0} segments, {s.WalkableRoadKm:N1} km walkable, {s.Bridges:N0} bridge and {s.Tunnels:N0} tunnel segments"));
        w.WriteLine(string.Create(c, $"  shelters        {s.Shelters:N0} with capacity for {s.ShelterCapacity:N0} persons ({CoverShare(s)} of night population)"));
        foreach (var category in s.SheltersByCategory)
        {
            w.WriteLine(string.Create(c, $"    {category.Category,-14}{category.Count,5:N0} shelters  {category.CapacityPersons,12:N0} persons  {category.UsableAreaM2 / 1e4,10:N1} ha usable"));
        }

        w.WriteLine(string.Create(c, $"  assembly points {s.AssemblyPoints:N0}"));
        if (!streets || s.StreetRows.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine("  street                               communities   buildings   residents   area km²");
        foreach (var row in s.StreetRows)
        {
            var label = DistrictInfo.TitleOf(row.Name, row.NameEn);
            w.WriteLine(string.Create(c, $"  {Pad(label, 37)}{row.Communities,11:N0}{row.Buildings,12:N0}{row.ResidentsNight,12:N0}{row.AreaKm2,11:N2}"));
        }
    }

    private static string CoverShare(DistrictSummary s) =>
        s.PopulationNight > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{100.0 * s.ShelterCapacity / s.PopulationNight:F1} %")
            : "n/a";

    /// <summary>Pads to a display width, counting CJK characters as two columns.</summary>
    private static string Pad(string text, int width)
    {
        var columns = 0;
        foreach (var ch in text)
        {
            columns += ch >= '\u2E80' ? 2 : 1;
        }

        return columns >= width ? text + " " : text + new string(' ', width - columns);
    }
}
