namespace Seismic.Engine.Routing.Blockage;

/// <summary>What a reason means for the edge.</summary>
public static class EdgeClosureReasons
{
    /// <summary>True for a reason that closes the edge: debris, a shaken bridge or tunnel, or a given closure.</summary>
    /// <param name="reason">The reason.</param>
    public static bool IsClosure(this EdgeClosureReason reason) =>
        reason is EdgeClosureReason.Debris or EdgeClosureReason.Bridge or EdgeClosureReason.Tunnel or EdgeClosureReason.Given;

    /// <summary>True for a bridge or tunnel left open on part of its width until inspected.</summary>
    /// <param name="reason">The reason.</param>
    public static bool IsRestriction(this EdgeClosureReason reason) =>
        reason is EdgeClosureReason.BridgeRestricted or EdgeClosureReason.TunnelRestricted;
}
