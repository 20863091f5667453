using System.Globalization;
using System.Text;
using System.Text.Json;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Blockage;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// The damage-aware part of an evacuation plan: closures.csv (every closed road edge, restricted bridge or tunnel edge
/// and removed shelter with its reason and cause), changes.csv (every building whose plan changed against the undamaged plan) and the
/// <c>damage</c> section of summary.json.
/// </summary>
public static class DamageOutput
{
    private const int ListedIds = 50;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files written besides the plan files.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["closures.csv", "changes.csv"];

    /// <summary>Writes closures.csv and changes.csv into <paramref name="directory"/>, each atomically.</summary>
    /// <param name="directory">Output folder (created when missing).</param>
    /// <param name="undamaged">The district before the earthquake (all shelters).</param>
    /// <param name="assessment">The closures.</param>
    /// <param name="changes">The comparison with the undamaged plan.</param>
    public static void Write(string directory, DistrictModel undamaged, DamageAssessment assessment, PlanChanges changes)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(undamaged);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(changes);
        Directory.CreateDirectory(directory);
        AtomicFile.Write(Path.Combine(directory, "closures.csv"), path => File.WriteAllText(path, Closures(undamaged, assessment), Utf8));
        AtomicFile.Write(Path.Combine(directory, "changes.csv"), path => File.WriteAllText(path, Changes(changes), Utf8));
    }

    /// <summary>The snake_case name of an edge closure reason, as in closures.csv.</summary>
    /// <param name="reason">The reason.</param>
    public static string ReasonName(EdgeClosureReason reason) => reason switch
    {
        EdgeClosureReason.Debris => "debris",
        EdgeClosureReason.Bridge => "bridge_shaking",
        EdgeClosureReason.Tunnel => "tunnel_shaking",
        EdgeClosureReason.Given => "given",
        EdgeClosureReason.Narrowed => "narrowed",
        EdgeClosureReason.BridgeRestricted => "bridge_restricted",
        EdgeClosureReason.TunnelRestricted => "tunnel_restricted",
        _ => "open",
    };

    /// <summary>The snake_case name of a building change, as in changes.csv.</summary>
    /// <param name="kind">The change.</param>
    public static string ChangeName(BuildingChangeKind kind) => kind switch
    {
        BuildingChangeKind.Rerouted => "rerouted",
        BuildingChangeKind.Reassigned => "reassigned",
        _ => "newly_unserved",
    };

    /// <summary>Writes the <c>damage</c> object into summary.json (pass as its summary section).</summary>
    /// <param name="json">The summary writer, inside its top-level object.</param>
    /// <param name="assessment">The closures.</param>
    /// <param name="changes">The comparison with the undamaged plan.</param>
    /// <param name="scenario">Scenario folder, or null when only given closures were applied.</param>
    /// <param name="closuresFile">Given-closures file, or null.</param>
    /// <param name="options">The blockage rules used.</param>
    public static void WriteSummary(
        Utf8JsonWriter json, DamageAssessment assessment, PlanChanges changes, string? scenario, string? closuresFile, BlockageOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(options);
        var blockage = assessment.Blockage;
        json.WriteStartObject("damage");
        json.WriteString("scenario", scenario is null ? null : Path.GetFullPath(scenario));
        json.WriteString("closures_file", closuresFile is null ? null : Path.GetFileName(closuresFile));
        json.WriteNumber("debris_buildings", blockage.DebrisBuildingCount);
        json.WriteNumber("closed_edges", blockage.ClosedEdgeCount);
        json.WriteNumber("closed_roads", ClosedRoadCount(assessment));
        json.WriteStartObject("closed_edges_by_reason");
        foreach (var reason in Enum.GetValues<EdgeClosureReason>().Where(r => r.IsClosure()))
        {
            json.WriteNumber(ReasonName(reason), Array.FindAll(blockage.EdgeReasons, r => r == reason).Length);
        }

        json.WriteEndObject();
        json.WriteNumber("narrowed_edges", Array.FindAll(blockage.EdgeReasons, r => r == EdgeClosureReason.Narrowed).Length);
        json.WriteStartObject("restricted_edges_by_reason");
        foreach (var reason in Enum.GetValues<EdgeClosureReason>().Where(r => r.IsRestriction()))
        {
            json.WriteNumber(ReasonName(reason), Array.FindAll(blockage.EdgeReasons, r => r == reason).Length);
        }

        json.WriteEndObject();
        WriteIds(json, "shelters_removed", changes.RemovedShelterIds);
        json.WriteNumber("buildings_rerouted", changes.Rerouted);
        json.WriteNumber("buildings_detoured", changes.Count(BuildingChangeKind.Rerouted));
        json.WriteNumber("buildings_reassigned", changes.Count(BuildingChangeKind.Reassigned));
        json.WriteNumber("buildings_newly_unserved", changes.Count(BuildingChangeKind.NewlyUnserved));
        json.WriteNumber("newly_unserved_persons", changes.NewlyUnservedPersons);
        json.WriteNumber("unserved_before", changes.UnservedBefore);
        json.WriteNumber("unserved_after", changes.UnservedAfter);
        if (changes.LongestNewWalk is { } longest)
        {
            json.WriteStartObject("longest_new_walk");
            json.WriteString("building_id", longest.BuildingId);
            json.WriteString("shelter_id", longest.ShelterAfter);
            json.WriteNumber("distance_m", Math.Round(longest.DistanceAfterM, 1));
            json.WriteNumber("walk_s", Math.Round(longest.WalkAfterS, 1));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("longest_new_walk");
        }

        json.WriteStartArray("shelters_overloaded");
        foreach (var o in changes.Overloaded)
        {
            json.WriteStartObject();
            json.WriteString("shelter_id", o.ShelterId);
            json.WriteNumber("capacity", o.CapacityPersons);
            json.WriteNumber("nearest_demand_before", o.NearestDemandBefore);
            json.WriteNumber("nearest_demand_after", o.NearestDemandAfter);
            json.WriteNumber("load", o.LoadAfter);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("rules");
        json.WriteNumber("debris_reach_fraction", options.DebrisReachFraction);
        json.WriteNumber("collapse_threshold", options.CollapseProbabilityThreshold);
        json.WriteNumber("complete_damage_threshold", options.CompleteDamageThreshold);
        json.WriteNumber("storey_height_m", options.StoreyHeightM);
        json.WriteNumber("min_passable_width_m", options.MinPassableWidthM);
        json.WriteNumber("bridge_closure_pga_g", options.BridgeClosurePgaG);
        json.WriteNumber("tunnel_closure_pga_g", options.TunnelClosurePgaG);
        json.WriteNumber("bridge_restriction_pga_g", options.BridgeRestrictionPgaG);
        json.WriteNumber("tunnel_restriction_pga_g", options.TunnelRestrictionPgaG);
        json.WriteNumber("restricted_width_fraction", options.RestrictedWidthFraction);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Distinct road ids with at least one closed edge.</summary>
    /// <param name="assessment">The closures.</param>
    public static int ClosedRoadCount(DamageAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var graph = assessment.Network.Graph;
        var roads = new HashSet<long>();
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (assessment.Blockage.ClosedEdges[e])
            {
                roads.Add(graph.EdgeRoadId(e));
            }
        }

        return roads.Count;
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IReadOnlyList<string> ids)
    {
        json.WriteNumber(name, ids.Count);
        json.WriteStartArray(name + "_ids");
        foreach (var id in ids.Take(ListedIds))
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    private static string Closures(DistrictModel undamaged, DamageAssessment assessment)
    {
        var c = CultureInfo.InvariantCulture;
        var blockage = assessment.Blockage;
        var graph = assessment.Network.Graph;
        var roads = new Dictionary<long, Road>();
        foreach (var road in undamaged.Roads)
        {
            roads.TryAdd(road.Id, road);
        }

        var text = new StringBuilder("kind,id,name,reason,cause,pga_g,width_m,clear_width_m,length_m,lon,lat\n");
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var reason = blockage.EdgeReasons[e];
            var restricted = reason.IsRestriction();
            if (!blockage.ClosedEdges[e] && !restricted)
            {
                continue;
            }

            var road = roads[graph.EdgeRoadId(e)];
            var cause = reason switch
            {
                EdgeClosureReason.Debris => "building " + undamaged.Buildings[blockage.EdgeCause[e]].Id,
                EdgeClosureReason.Given => assessment.GivenRoadReasons.GetValueOrDefault(road.Id, string.Empty),
                _ => string.Empty,
            };
            var mid = (graph.FirstPoint(e) + graph.FirstPoint(e + 1) - 1) / 2;
            text.Append("road,").Append(road.Id.ToString(c)).Append(',').Append(CsvField.Quote(road.Name)).Append(',')
                .Append(ReasonName(reason)).Append(',').Append(CsvField.Quote(cause)).Append(',')
                .Append(double.IsNaN(blockage.EdgePgaG[e]) ? string.Empty : blockage.EdgePgaG[e].ToString("0.000", c)).Append(',')
                .Append(road.WidthM.ToString("0.0", c)).Append(',')
                .Append(reason == EdgeClosureReason.Debris || restricted ? Math.Max(0, blockage.ClearWidthM[e]).ToString("0.0", c) : string.Empty).Append(',')
                .Append(graph.EdgeLengthM(e).ToString("0.0", c)).Append(',')
                .Append(graph.PointLon(mid).ToString("0.0000000", c)).Append(',').Append(graph.PointLat(mid).ToString("0.0000000", c)).Append('\n');
        }

        for (var s = 0; s < undamaged.Shelters.Count; s++)
        {
            if (!blockage.RemovedShelters[s])
            {
                continue;
            }

            var shelter = undamaged.Shelters[s];
            var given = blockage.ShelterReasons[s] == ShelterClosureReason.Given;
            var cause = given
                ? assessment.GivenShelterReasons.GetValueOrDefault(shelter.Id, string.Empty)
                : "building " + undamaged.Buildings[blockage.ShelterCause[s]].Id;
            var centre = shelter.Geometry.Centroid;
            text.Append("shelter,").Append(CsvField.Quote(shelter.Id)).Append(',').Append(CsvField.Quote(shelter.Name)).Append(',')
                .Append(given ? "given" : "debris").Append(',').Append(CsvField.Quote(cause)).Append(",,,,,")
                .Append(centre.X.ToString("0.0000000", c)).Append(',').Append(centre.Y.ToString("0.0000000", c)).Append('\n');
        }

        return text.ToString();
    }

    private static string Changes(PlanChanges changes)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("building_id,community,persons,change,shelter_before,shelter_after,distance_before_m,distance_after_m,walk_before_s,walk_after_s,unserved_before,unserved_after\n");
        foreach (var b in changes.Buildings)
        {
            text.Append(CsvField.Quote(b.BuildingId)).Append(',').Append(CsvField.Quote(b.CommunityCode)).Append(',').Append(b.Persons.ToString(c)).Append(',')
                .Append(ChangeName(b.Kind)).Append(',').Append(CsvField.Quote(b.ShelterBefore)).Append(',').Append(CsvField.Quote(b.ShelterAfter)).Append(',')
                .Append(CsvField.OneDecimal(b.DistanceBeforeM)).Append(',').Append(CsvField.OneDecimal(b.DistanceAfterM)).Append(',')
                .Append(CsvField.OneDecimal(b.WalkBeforeS)).Append(',').Append(CsvField.OneDecimal(b.WalkAfterS)).Append(',')
                .Append(b.UnservedBefore.ToString(c)).Append(',').Append(b.UnservedAfter.ToString(c)).Append('\n');
        }

        return text.ToString();
    }
}
