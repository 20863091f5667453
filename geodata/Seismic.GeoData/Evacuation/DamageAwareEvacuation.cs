using Seismic.Engine.District;
using Seismic.Engine.Routing.Blockage;
using Seismic.GeoData.Routing;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Applies a scenario's damage and given closures to a district's pedestrian network and shelters
/// (<see cref="BlockageAnalyzer"/>): road width and bridge/tunnel flags come from the road each edge was cut from,
/// building heights from the survey (height, else storeys × storey height). The damaged network has the closed edges
/// removed and the open ones at their clear width, so that street capacity after the earthquake counts the debris.
/// </summary>
public static class DamageAwareEvacuation
{
    /// <summary>Computes the closures and the damaged network.</summary>
    /// <param name="model">The district.</param>
    /// <param name="network">Its undamaged pedestrian network.</param>
    /// <param name="damage">Scenario damage per building (<see cref="ScenarioDamageReader"/>), or null for given closures only.</param>
    /// <param name="given">Given closures, or null for none.</param>
    /// <param name="options">Blockage rules; null for the defaults.</param>
    public static DamageAssessment Assess(
        DistrictModel model, PedestrianNetwork network, ScenarioBuildingDamage[]? damage, GivenClosures? given,
        BlockageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(network);
        options ??= BlockageOptions.Default;
        given ??= GivenClosures.None;
        if (damage is not null && damage.Length != model.Buildings.Count)
        {
            throw new ArgumentException("one damage entry per building expected", nameof(damage));
        }

        var roads = new Dictionary<long, Road>(model.Roads.Count);
        foreach (var road in model.Roads)
        {
            roads.TryAdd(road.Id, road);
        }

        var graph = network.Graph;
        var width = new double[graph.EdgeCount];
        var structure = new RoadStructure[graph.EdgeCount];
        var closedByInput = new bool[graph.EdgeCount];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var road = roads[graph.EdgeRoadId(e)];
            width[e] = road.WidthM;
            structure[e] = road.Structure;
            closedByInput[e] = given.Roads.ContainsKey(road.Id);
        }

        var buildings = new List<DebrisBuilding>(damage is null ? 0 : model.Buildings.Count);
        if (damage is not null)
        {
            for (var b = 0; b < model.Buildings.Count; b++)
            {
                var building = model.Buildings[b];
                var d = damage[b];
                buildings.Add(new DebrisBuilding(
                    building.Id, network.ToMetric(building.Footprint),
                    DebrisBuilding.Height(building.HeightM, building.Storeys, options.StoreyHeightM),
                    d.CollapseProbability, d.CompleteProbability, d.PgaG));
            }
        }

        var shelters = new BlockageShelter[model.Shelters.Count];
        for (var s = 0; s < shelters.Length; s++)
        {
            var shelter = model.Shelters[s];
            shelters[s] = new BlockageShelter(shelter.Id, network.ToMetric(shelter.Geometry), given.Shelters.ContainsKey(shelter.Id));
        }

        var blockage = BlockageAnalyzer.Analyze(graph, width, structure, closedByInput, buildings, shelters, options);
        var kept = new List<Shelter>(model.Shelters.Count);
        for (var s = 0; s < shelters.Length; s++)
        {
            if (!blockage.RemovedShelters[s])
            {
                kept.Add(model.Shelters[s]);
            }
        }

        return new DamageAssessment(
            blockage, network.WithClosedEdges(blockage.ClosedEdges, blockage.ClearWidthM), model with { Shelters = kept }, given.Roads, given.Shelters);
    }
}
