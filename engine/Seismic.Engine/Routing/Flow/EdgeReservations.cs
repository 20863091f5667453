namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// Persons reserved per edge and time step, and the earliest step at or after a given one with room left. Rows are
/// allocated only for edges that carry someone and grow with the latest step used. Full steps are skipped through a
/// "next step that may have room" link with path compression (as in a disjoint-set forest), so a search that meets a
/// street saturated for hundreds of steps finds its first free step in near-constant time.
/// </summary>
internal sealed class EdgeReservations
{
    private const int InitialSteps = 64;

    private readonly EvacuationNetwork _network;
    private readonly int[]?[] _used;
    private readonly int[]?[] _next;
    private readonly int[] _saturated;

    public EdgeReservations(EvacuationNetwork network)
    {
        _network = network;
        var m = network.Graph.EdgeCount;
        _used = new int[]?[m];
        _next = new int[]?[m];
        _saturated = new int[m];
    }

    /// <summary>Steps in which each edge was full.</summary>
    public ReadOnlySpan<int> SaturatedSteps => _saturated;

    /// <summary>Earliest step ≥ <paramref name="step"/> in which the edge can take one more person.</summary>
    public int EarliestFree(int edge, int step)
    {
        var used = _used[edge];
        if (used is null || step >= used.Length)
        {
            return step;
        }

        var capacity = _network.CapacityPerStep(edge);
        var next = _next[edge]!;
        var free = step;
        while (free < used.Length && used[free] >= capacity)
        {
            free = next[free];
        }

        while (step < free)
        {
            var after = next[step];
            next[step] = free;
            step = after;
        }

        return free;
    }

    /// <summary>Persons the edge can still take in a step.</summary>
    public int Available(int edge, int step)
    {
        var used = _used[edge];
        var capacity = _network.CapacityPerStep(edge);
        return used is null || step >= used.Length ? capacity : capacity - used[step];
    }

    /// <summary>Reserves room for <paramref name="persons"/> (≤ <see cref="Available"/>) in a step.</summary>
    public void Reserve(int edge, int step, int persons)
    {
        var used = _used[edge];
        if (used is null || step >= used.Length)
        {
            var length = Math.Max(Math.Max(InitialSteps, step + 1), used is null ? 0 : used.Length * 2);
            var grown = new int[length];
            var next = new int[length];
            var old = used?.Length ?? 0;
            if (used is not null)
            {
                Array.Copy(used, grown, old);
                Array.Copy(_next[edge]!, next, old);
            }

            for (var t = old; t < length; t++)
            {
                next[t] = t + 1;
            }

            (_used[edge], _next[edge], used) = (grown, next, grown);
        }

        used[step] += persons;
        if (used[step] >= _network.CapacityPerStep(edge))
        {
            _saturated[edge]++;
        }
    }
}
