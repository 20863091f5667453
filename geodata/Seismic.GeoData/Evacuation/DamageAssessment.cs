using Seismic.Engine.District;
using Seismic.Engine.Routing.Blockage;
using Seismic.GeoData.Routing;

namespace Seismic.GeoData.Evacuation;

/// <summary>A district after the earthquake: what is closed, the network without it and the shelters left.</summary>
/// <param name="Blockage">Closed and narrowed edges, removed shelters, debris reach per building.</param>
/// <param name="Network">The pedestrian network with the closed edges removed.</param>
/// <param name="Model">The district with the removed shelters left out (everything else unchanged).</param>
/// <param name="GivenRoadReasons">Reasons given for roads closed by input, by road id.</param>
/// <param name="GivenShelterReasons">Reasons given for shelters closed by input, by shelter id.</param>
public sealed record DamageAssessment(
    BlockageResult Blockage,
    PedestrianNetwork Network,
    DistrictModel Model,
    IReadOnlyDictionary<long, string> GivenRoadReasons,
    IReadOnlyDictionary<string, string> GivenShelterReasons);
