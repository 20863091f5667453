namespace Seismic.Engine.Routing.Blockage;

/// <summary>Why an edge is closed, or narrowed or restricted while open.</summary>
public enum EdgeClosureReason
{
    /// <summary>Open at full width.</summary>
    None,

    /// <summary>Open, but debris narrows it (clear width below the mapped width, still passable).</summary>
    Narrowed,

    /// <summary>Closed: debris leaves less than the minimum passable width.</summary>
    Debris,

    /// <summary>Closed: a bridge shaken beyond the bridge threshold.</summary>
    Bridge,

    /// <summary>Closed: a tunnel or underpass shaken beyond the tunnel threshold.</summary>
    Tunnel,

    /// <summary>Closed by given inputs.</summary>
    Given,

    /// <summary>Open, restricted: a bridge shaken beyond the bridge restriction threshold (slight damage likely) keeps
    /// only part of its width until it is inspected.</summary>
    BridgeRestricted,

    /// <summary>Open, restricted: a tunnel or underpass shaken beyond the tunnel restriction threshold.</summary>
    TunnelRestricted,
}
