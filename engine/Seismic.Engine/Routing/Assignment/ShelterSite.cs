using Seismic.Engine.District;

namespace Seismic.Engine.Routing.Assignment;

/// <summary>A shelter as the assignment sees it: identity, capacity and service radius.</summary>
/// <param name="Id">Shelter id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Category">Category (sets the default service radius).</param>
/// <param name="CapacityPersons">Persons it can hold, &gt; 0.</param>
/// <param name="ServiceRadiusM">Farthest walk within its service area, metres.</param>
public sealed record ShelterSite(string Id, string Name, ShelterCategory Category, int CapacityPersons, double ServiceRadiusM)
{
    /// <summary>Its access points on the network (gates, or where paths and streets meet its site); 0 when unknown or
    /// when none was found.</summary>
    public int AccessPoints { get; init; }

    /// <summary>
    /// Shortest straight leg in metres between one of its access points and the network (0 when a path enters the
    /// site); NaN when unknown or when it has no access point on the network.
    /// </summary>
    public double SnapDistanceM { get; init; } = double.NaN;

    /// <summary>The site of a district shelter, with the GB 50413 radius of its category.</summary>
    /// <param name="shelter">The shelter.</param>
    public static ShelterSite From(Shelter shelter)
    {
        ArgumentNullException.ThrowIfNull(shelter);
        return new ShelterSite(shelter.Id, shelter.Name, shelter.Category, shelter.CapacityPersons, ServiceRadius.For(shelter.Category));
    }
}
