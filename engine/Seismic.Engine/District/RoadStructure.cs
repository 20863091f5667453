namespace Seismic.Engine.District;

/// <summary>Whether a road segment is carried on a bridge, runs in a tunnel, or is at grade.</summary>
public enum RoadStructure
{
    /// <summary>At grade.</summary>
    None,
    /// <summary>On a bridge or viaduct (bridge=*).</summary>
    Bridge,
    /// <summary>In a tunnel or underpass (tunnel=*).</summary>
    Tunnel,
}
