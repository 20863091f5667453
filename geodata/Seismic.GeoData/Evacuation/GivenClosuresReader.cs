using System.Globalization;
using Seismic.Engine.District;
using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Reads a closures CSV: a header with <c>road_id</c> and/or <c>shelter_id</c> and an optional <c>reason</c>; each row
/// names one road (a bridge or tunnel is a road) or one shelter. Ids must exist in the district; a typo is an error,
/// not a closure that silently does nothing.
/// </summary>
public static class GivenClosuresReader
{
    /// <summary>Reads and checks the file against the district.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="model">The district.</param>
    /// <exception cref="GeoDataException">Missing file, no id column, an empty row or an unknown id.</exception>
    public static GivenClosures Read(string path, DistrictModel model)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(model);
        var table = CsvTable.Read(path);
        var roadColumn = table.Column("road_id");
        var shelterColumn = table.Column("shelter_id");
        var reasonColumn = table.Column("reason");
        if (roadColumn < 0 && shelterColumn < 0)
        {
            throw new GeoDataException(path, $"line {table.HeaderLine}", "missing column 'road_id' (or 'shelter_id'): name what is closed");
        }

        var roadIds = new HashSet<long>();
        foreach (var road in model.Roads)
        {
            roadIds.Add(road.Id);
        }

        var shelterIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shelter in model.Shelters)
        {
            shelterIds.Add(shelter.Id);
        }

        var roads = new Dictionary<long, string>();
        var shelters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in table.Rows)
        {
            var reason = reasonColumn >= 0 ? fields[reasonColumn].Trim() : string.Empty;
            var road = roadColumn >= 0 ? fields[roadColumn].Trim() : string.Empty;
            var shelter = shelterColumn >= 0 ? fields[shelterColumn].Trim() : string.Empty;
            if (road.Length == 0 && shelter.Length == 0)
            {
                throw new GeoDataException(path, $"line {line}", "neither road_id nor shelter_id is given");
            }

            if (road.Length > 0)
            {
                if (!long.TryParse(road, NumberStyles.Integer, CultureInfo.InvariantCulture, out var roadId) || !roadIds.Contains(roadId))
                {
                    throw new GeoDataException(path, $"line {line}, column road_id", $"road '{road}' is not in the district {model.Info.Name}");
                }

                roads[roadId] = reason;
            }

            if (shelter.Length > 0)
            {
                if (!shelterIds.Contains(shelter))
                {
                    throw new GeoDataException(path, $"line {line}, column shelter_id", $"shelter '{shelter}' is not in the district {model.Info.Name}");
                }

                shelters[shelter] = reason;
            }
        }

        return new GivenClosures(roads, shelters);
    }
}
