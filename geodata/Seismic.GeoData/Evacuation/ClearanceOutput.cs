using System.Globalization;
using System.Text;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Writes the clearance of an evacuation with congestion, each file atomically: clearance.csv (per community: persons,
/// clearance time, the street where its people queued longest, evacuated) and bottlenecks.csv (every edge that was
/// saturated or made someone wait, worst first).
/// </summary>
public static class ClearanceOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files written, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["clearance.csv", "bottlenecks.csv"];

    /// <summary>Writes both files into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">Output folder.</param>
    /// <param name="report">The clearance report.</param>
    public static void Write(string directory, ClearanceReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        AtomicFile.Write(Path.Combine(directory, "clearance.csv"), path => File.WriteAllText(path, Clearance(report), Utf8));
        AtomicFile.Write(Path.Combine(directory, "bottlenecks.csv"), path => File.WriteAllText(path, Bottlenecks(report), Utf8));
    }

    private static string Clearance(ClearanceReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("community,persons,clearance_s,bottleneck_road,evacuated,unserved\n");
        foreach (var row in report.Communities)
        {
            text.Append(CsvField.Quote(row.CommunityCode)).Append(',').Append(row.Persons.ToString(c)).Append(',')
                .Append(double.IsNaN(row.ClearanceSeconds) ? string.Empty : row.ClearanceSeconds.ToString("0", c)).Append(',')
                .Append(CsvField.Quote(row.Bottleneck?.RoadName ?? string.Empty)).Append(',').Append(row.Evacuated.ToString(c)).Append(',')
                .Append((row.Persons - row.Evacuated).ToString(c)).Append('\n');
        }

        return text.ToString();
    }

    private static string Bottlenecks(ClearanceReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder(
            "edge_id,road_name,width_m,capacity_pps,persons,saturated_s,delayed_persons,mean_wait_s,road_id,into_shelter\n");
        foreach (var row in report.Bottlenecks)
        {
            text.Append(row.Edge.ToString(c)).Append(',').Append(CsvField.Quote(row.RoadName)).Append(',')
                .Append(row.WidthM.ToString("0.0", c)).Append(',').Append(row.CapacityPps.ToString("0.00", c)).Append(',')
                .Append(row.Persons.ToString(c)).Append(',').Append(row.SaturatedSeconds.ToString("0", c)).Append(',')
                .Append(row.DelayedPersons.ToString(c)).Append(',').Append(row.MeanWaitSeconds.ToString("0.0", c)).Append(',')
                .Append(row.RoadId.ToString(c)).Append(',').Append(CsvField.Quote(row.IntoShelter ?? string.Empty)).Append('\n');
        }

        return text.ToString();
    }
}
