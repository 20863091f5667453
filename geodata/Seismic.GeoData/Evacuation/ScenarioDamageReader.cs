using Seismic.Engine.District;
using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Reads the per-building results of a <c>seismic scenario</c> output folder (buildings.csv) and matches them to a
/// district's buildings by id. A folder of another district — an id the district lacks, or a district building the
/// scenario lacks — is refused as a whole: a plan built on half-matching damage would put debris in the wrong streets.
/// </summary>
public static class ScenarioDamageReader
{
    /// <summary>Name of the per-building file in a scenario folder.</summary>
    public const string BuildingsFile = "buildings.csv";

    /// <summary>Damage of every district building, in <see cref="DistrictModel.Buildings"/> order.</summary>
    /// <param name="folder">Output folder of <c>seismic scenario</c>.</param>
    /// <param name="model">The district the plan is made for.</param>
    /// <exception cref="GeoDataException">Missing folder or file, a bad value, or buildings that do not match.</exception>
    public static ScenarioBuildingDamage[] Read(string folder, DistrictModel model)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(model);
        if (!Directory.Exists(folder))
        {
            throw new GeoDataException(folder, null, "scenario folder not found; give the --out folder of `seismic scenario`");
        }

        var path = Path.Combine(folder, BuildingsFile);
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "not found: the folder is not the output of `seismic scenario` (it writes buildings.csv)");
        }

        var table = CsvTable.Read(path);
        var id = table.RequireColumn("building_id");
        var pga = table.RequireColumn("median_pga_g");
        var extensive = table.RequireColumn("p_extensive");
        var complete = table.RequireColumn("p_complete");
        var collapse = table.RequireColumn("p_collapse");
        var index = new Dictionary<string, int>(model.Buildings.Count, StringComparer.Ordinal);
        for (var b = 0; b < model.Buildings.Count; b++)
        {
            index.TryAdd(model.Buildings[b].Id, b);
        }

        var damage = new ScenarioBuildingDamage[model.Buildings.Count];
        var seen = new bool[damage.Length];
        foreach (var (line, fields) in table.Rows)
        {
            var key = fields[id].Trim();
            if (!index.TryGetValue(key, out var b))
            {
                throw new GeoDataException(path, $"line {line}, column building_id",
                    $"building '{key}' is not in the district {model.Info.Name}: the scenario was run for another district; rerun `seismic scenario` with the same --district");
            }

            if (seen[b])
            {
                throw new GeoDataException(path, $"line {line}, column building_id", $"building '{key}' appears twice");
            }

            seen[b] = true;
            damage[b] = new ScenarioBuildingDamage(
                table.Number(fields, pga, line), Probability(table, fields, extensive, line),
                Probability(table, fields, complete, line), Probability(table, fields, collapse, line));
        }

        var missing = Array.IndexOf(seen, false);
        if (missing >= 0)
        {
            var count = seen.Count(s => !s);
            throw new GeoDataException(path, null,
                $"{count} district building(s) have no scenario result, e.g. '{model.Buildings[missing].Id}': the scenario was run for another district or an older version of it; rerun `seismic scenario` with the same --district");
        }

        return damage;
    }

    private static double Probability(CsvTable table, string[] fields, int column, int line)
    {
        var value = table.Number(fields, column, line);
        return value <= 1
            ? value
            : throw new GeoDataException(table.Path, $"line {line}, column {table.Header[column]}", $"{fields[column].Trim()} is not a probability in [0, 1]");
    }
}
