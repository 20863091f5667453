using System.Globalization;
using System.Text;
using System.Text.Json;
using Seismic.Engine.Routing.Assignment;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Writes an evacuation plan into a folder, each file atomically: plan.csv (one row per building and shelter — a split
/// building has several rows — plus one row per unserved share with its reason), shelters.csv (load against capacity),
/// communities.csv (persons, served, unserved, over radius, shortfall) and summary.json.
/// </summary>
public static class EvacuationOutput
{
    private const int MaxListedBuildings = 50;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The plan files, in the order written.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["plan.csv", "shelters.csv", "communities.csv", "summary.json"];

    /// <summary>Writes the four files into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">Output folder.</param>
    /// <param name="result">The solved assignment.</param>
    /// <param name="night">Night case (for the summary).</param>
    /// <param name="source">District file name (for the summary).</param>
    /// <param name="summarySection">Writes further properties into summary.json's top-level object (e.g. the
    /// damage section of a damage-aware plan); null for none.</param>
    public static void Write(string directory, ShelterAssignment result, bool night, string source, Action<Utf8JsonWriter>? summarySection = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        AtomicFile.Write(Path.Combine(directory, "plan.csv"), path => File.WriteAllText(path, Plan(result), Utf8));
        AtomicFile.Write(Path.Combine(directory, "shelters.csv"), path => File.WriteAllText(path, Shelters(result), Utf8));
        AtomicFile.Write(Path.Combine(directory, "communities.csv"), path => File.WriteAllText(path, Communities(result), Utf8));
        AtomicFile.WriteStream(Path.Combine(directory, "summary.json"), stream => Summary(stream, result, night, source, summarySection));
    }

    /// <summary>Buildings in network components without a shelter, grouped by component, largest first.</summary>
    /// <param name="result">The solved assignment.</param>
    public static IReadOnlyList<UnreachableComponent> UnreachableComponents(ShelterAssignment result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var groups = new SortedDictionary<int, (long Persons, List<string> Ids)>();
        foreach (var part in result.Unserved)
        {
            if (part.Reason != UnservedReason.Unreachable)
            {
                continue;
            }

            var demand = result.Problem.Demands[part.Building];
            if (!groups.TryGetValue(demand.Component, out var group))
            {
                group = (0, []);
            }

            group.Ids.Add(demand.BuildingId);
            groups[demand.Component] = (group.Persons + part.Persons, group.Ids);
        }

        return [.. groups.Select(g => new UnreachableComponent(g.Key, g.Value.Persons, g.Value.Ids))
            .OrderByDescending(g => g.Persons).ThenBy(g => g.Component)];
    }

    private static string Plan(ShelterAssignment result)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("building_id,shelter_id,shelter_name,persons,distance_m,walk_s,snap_m,over_radius,unserved_reason\n");
        var shelters = result.Problem.Shelters;
        var demands = result.Problem.Demands;
        foreach (var part in result.Parts)
        {
            var shelter = shelters[part.Shelter];
            text.Append(CsvField.Quote(demands[part.Building].BuildingId)).Append(',').Append(CsvField.Quote(shelter.Id)).Append(',')
                .Append(CsvField.Quote(shelter.Name)).Append(',').Append(part.Persons.ToString(c)).Append(',')
                .Append(part.DistanceM.ToString("0.0", c)).Append(',').Append(part.WalkSeconds.ToString("0.0", c)).Append(',')
                .Append(CsvField.OneDecimal(demands[part.Building].SnapDistanceM)).Append(',')
                .Append(part.OverRadius ? "true" : "false").Append(",\n");
        }

        foreach (var part in result.Unserved)
        {
            text.Append(CsvField.Quote(demands[part.Building].BuildingId)).Append(",,,").Append(part.Persons.ToString(c))
                .Append(",,,").Append(CsvField.OneDecimal(demands[part.Building].SnapDistanceM)).Append(",,").Append(ReasonName(part.Reason)).Append('\n');
        }

        return text.ToString();
    }

    private static string Shelters(ShelterAssignment result)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("shelter_id,name,category,capacity,load,utilisation,service_radius_m,access_points,snap_m\n");
        for (var s = 0; s < result.Problem.Shelters.Count; s++)
        {
            var shelter = result.Problem.Shelters[s];
            var load = result.ShelterLoads[s];
            text.Append(CsvField.Quote(shelter.Id)).Append(',').Append(CsvField.Quote(shelter.Name)).Append(',').Append(shelter.Category)
                .Append(',').Append(shelter.CapacityPersons.ToString(c)).Append(',').Append(load.ToString(c)).Append(',')
                .Append(((double)load / shelter.CapacityPersons).ToString("0.0000", c)).Append(',')
                .Append(shelter.ServiceRadiusM.ToString("0", c)).Append(',').Append(shelter.AccessPoints.ToString(c)).Append(',')
                .Append(CsvField.OneDecimal(shelter.SnapDistanceM)).Append('\n');
        }

        return text.ToString();
    }

    private static string Communities(ShelterAssignment result)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("community,persons,served,unserved,over_radius,shortfall,unreachable,shelters_full,beyond_k\n");
        foreach (var row in result.Communities)
        {
            text.Append(CsvField.Quote(row.CommunityCode)).Append(',').Append(row.Persons.ToString(c)).Append(',')
                .Append(row.Served.ToString(c)).Append(',').Append(row.Unserved.ToString(c)).Append(',')
                .Append(row.OverRadius.ToString(c)).Append(',').Append(row.Shortfall.ToString(c)).Append(',')
                .Append(row.Unreachable.ToString(c)).Append(',').Append(row.SheltersFull.ToString(c)).Append(',')
                .Append(row.BeyondK.ToString(c)).Append('\n');
        }

        return text.ToString();
    }

    private static void Summary(Stream stream, ShelterAssignment result, bool night, string source, Action<Utf8JsonWriter>? section)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("district", Path.GetFileName(source));
        json.WriteString("case", night ? "night" : "day");
        json.WriteNumber("buildings", result.Problem.Demands.Count);
        json.WriteNumber("shelters", result.Problem.Shelters.Count);
        long capacity = 0;
        foreach (var shelter in result.Problem.Shelters)
        {
            capacity += shelter.CapacityPersons;
        }

        json.WriteNumber("capacity", capacity);
        json.WriteNumber("persons", result.TotalPersons);
        // Places short of the persons: no routing can place them, so the plan says so apart from the unserved totals.
        json.WriteNumber("capacity_shortfall", Math.Max(0, result.TotalPersons - capacity));
        json.WriteNumber("served", result.ServedPersons);
        json.WriteNumber("over_radius", result.OverRadiusPersons);
        json.WriteNumber("unserved", result.UnservedPersons);
        json.WriteStartObject("unserved_by_reason");
        foreach (var reason in Enum.GetValues<UnservedReason>())
        {
            json.WriteNumber(ReasonName(reason), result.Unserved.Where(u => u.Reason == reason).Sum(u => (long)u.Persons));
        }

        json.WriteEndObject();
        json.WriteNumber("split_buildings", result.Parts.GroupBy(p => p.Building).Count(g => g.Count() > 1));
        var served = result.ServedPersons;
        json.WriteNumber("mean_walk_s", served > 0 ? Math.Round(result.TotalWalkSeconds / served, 1) : 0);
        var access = NetworkAccessSummary.Of(result.Problem);
        json.WriteStartObject("network_access");
        json.WriteNumber("buildings", access.Buildings);
        WriteMetres(json, "median_snap_m", access.MedianM);
        WriteMetres(json, "p95_snap_m", access.Percentile95M);
        WriteMetres(json, "max_snap_m", access.MaxM);
        if (access.FarthestBuildingId is null)
        {
            json.WriteNull("farthest_building");
        }
        else
        {
            json.WriteString("farthest_building", access.FarthestBuildingId);
        }

        json.WriteNumber("far_limit_m", NetworkAccessSummary.FarM);
        json.WriteNumber("buildings_far", access.BuildingsFar);
        json.WriteStartArray("shelters_far");
        foreach (var (id, snap) in access.SheltersFar)
        {
            json.WriteStartObject();
            json.WriteString("shelter_id", id);
            WriteMetres(json, "snap_m", snap);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("unreachable_components");
        foreach (var group in UnreachableComponents(result))
        {
            json.WriteStartObject();
            json.WriteNumber("component", group.Component);
            json.WriteNumber("persons", group.Persons);
            json.WriteNumber("buildings", group.BuildingIds.Count);
            json.WriteStartArray("building_ids");
            foreach (var id in group.BuildingIds.Take(MaxListedBuildings))
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        section?.Invoke(json);
        json.WriteEndObject();
    }

    /// <summary>The snake_case name of a reason, as in the files.</summary>
    /// <param name="reason">The reason.</param>
    public static string ReasonName(UnservedReason reason) => reason switch
    {
        UnservedReason.Unreachable => "unreachable",
        UnservedReason.SheltersFull => "shelters_full",
        _ => "beyond_k",
    };

    // Metres to the decimetre; null when unknown.
    private static void WriteMetres(Utf8JsonWriter json, string name, double metres)
    {
        if (double.IsFinite(metres))
        {
            json.WriteNumber(name, Math.Round(metres, 1, MidpointRounding.AwayFromZero));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
