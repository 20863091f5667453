namespace Seismic.Drills.Dispatch;

/// <summary>How dispatches are named: <c>{drillId}/{injectId}</c> for drills, <c>alert/{alertId}</c> for real alerts.</summary>
public static class DispatchIds
{
    /// <summary>The prefix of real alerts' dispatch and "drill" ids.</summary>
    public const string AlertPrefix = "alert/";

    /// <summary>A drill inject's dispatch id.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="injectId">The inject.</param>
    /// <returns>The dispatch id.</returns>
    public static string ForInject(string drillId, string injectId) => drillId + "/" + injectId;

    /// <summary>The prefix matching every dispatch of a drill.</summary>
    /// <param name="drillId">The drill.</param>
    /// <returns>The prefix.</returns>
    public static string PrefixOf(string drillId) => drillId + "/";

    /// <summary>A real alert's dispatch id (also the "drill" id its acknowledgements are recorded under).</summary>
    /// <param name="alertId">The alert.</param>
    /// <returns>The dispatch id.</returns>
    public static string ForAlert(string alertId) => AlertPrefix + alertId;

    /// <summary>The drill (or alert) a dispatch belongs to.</summary>
    /// <param name="dispatchId">The dispatch id.</param>
    /// <returns>The drill id, or the alert's dispatch id itself.</returns>
    public static string DrillOf(string dispatchId)
    {
        ArgumentNullException.ThrowIfNull(dispatchId);
        if (dispatchId.StartsWith(AlertPrefix, StringComparison.Ordinal))
        {
            return dispatchId;
        }

        var slash = dispatchId.LastIndexOf('/');
        return slash < 0 ? dispatchId : dispatchId[..slash];
    }
}
