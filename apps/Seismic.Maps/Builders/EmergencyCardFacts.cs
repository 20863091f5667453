using NetTopologySuite.Geometries;
using Seismic.Engine.District;

namespace Seismic.Maps.Builders;

/// <summary>
/// What one emergency card says: whom it is for, where they go, how far and how long, where they gather first. The
/// caller works these out from the assignment and the pedestrian network; <see cref="EmergencyCardBuilder"/> only
/// words and draws them.
/// </summary>
/// <param name="CardId">Card id: the building id, or the community code for a community card.</param>
/// <param name="Start">Where the walk starts (the building, or the community card's representative building), WGS84.</param>
public sealed record EmergencyCardFacts(string CardId, Point Start)
{
    /// <summary>The building the card is for; null for a community card.</summary>
    public Building? Building { get; init; }

    /// <summary>The community; null when the building lies outside every community.</summary>
    public Community? Community { get; init; }

    /// <summary>The street (街道) of the community or building; null when unknown.</summary>
    public Street? Street { get; init; }

    /// <summary>Persons the card covers (the building's occupants, or the community's) in the plan's case.</summary>
    public long Persons { get; init; }

    /// <summary>Persons of those left without a shelter place.</summary>
    public long UnservedPersons { get; init; }

    /// <summary>The assigned shelter; null when none has room or none is reachable.</summary>
    public Shelter? Shelter { get; init; }

    /// <summary>Walking route from <see cref="Start"/> to the shelter's access point, WGS84; null without a shelter.</summary>
    public LineString? Route { get; init; }

    /// <summary>Walking distance in metres (snap legs included), as in the plan.</summary>
    public double DistanceM { get; init; }

    /// <summary>Walking time at the planning speed of 1.1 m/s, seconds, as in the plan.</summary>
    public double WalkSeconds { get; init; }

    /// <summary>Walking time at the elderly/disabled speed of 0.8 m/s, seconds.</summary>
    public double ElderlyWalkSeconds { get; init; }

    /// <summary>The walk exceeds the shelter's GB 50413 service radius.</summary>
    public bool OverRadius { get; init; }

    /// <summary>Names of the streets walked, in order, without repeats; empty when unnamed.</summary>
    public IReadOnlyList<string> ViaStreets { get; init; } = [];

    /// <summary>The assembly point (集合点) where residents gather for a headcount; null when none was found.</summary>
    public CardAssemblyPoint? Assembly { get; init; }

    /// <summary>For a community card: where its residents go, as (shelter name, share of the community's persons).</summary>
    public IReadOnlyList<(string Name, double Share)> Destinations { get; init; } = [];

    /// <summary>Night case (residents at home) rather than day.</summary>
    public bool Night { get; init; }
}
