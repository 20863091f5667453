namespace Seismic.Maps.Builders;

/// <summary>Layer names of the district overview map, for front ends and tests that look layers up.</summary>
public static class DistrictMapLayers
{
    /// <summary>The district area in the land colour.</summary>
    public const string Land = "land";

    /// <summary>Building footprints that are houses.</summary>
    public const string ResidentialBuildings = "buildings-residential";

    /// <summary>All other building footprints.</summary>
    public const string OtherBuildings = "buildings-other";

    /// <summary>Shelter sites.</summary>
    public const string Shelters = "shelters";

    /// <summary>Road segments on bridges.</summary>
    public const string Bridges = "bridges";

    /// <summary>Road segments in tunnels.</summary>
    public const string Tunnels = "tunnels";

    /// <summary>The district outline.</summary>
    public const string Boundary = "boundary";
}
