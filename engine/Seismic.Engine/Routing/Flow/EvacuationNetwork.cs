namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// A <see cref="PedestrianGraph"/> in discrete time for evacuation with congestion: every edge takes a whole number of
/// time steps to walk and lets a whole number of persons enter per step. Capacity is shared by both directions of an
/// edge (the clear width is one street, whichever way people walk it). Immutable; planners keep their reservations.
/// </summary>
/// <remarks>
/// Travel steps = walking time ÷ step, rounded to the nearest step, at least 1 (so nobody crosses the network in no
/// time). Capacity per step = specific flow × clear width × step, rounded down (the conservative side), at least 1.
/// </remarks>
public sealed class EvacuationNetwork
{
    private readonly int[] _travelSteps;
    private readonly int[] _capacity;

    private EvacuationNetwork(PedestrianGraph graph, PedestrianFlowOptions options, int[] travelSteps, int[] capacity)
    {
        Graph = graph;
        Options = options;
        _travelSteps = travelSteps;
        _capacity = capacity;
    }

    /// <summary>The walkable network.</summary>
    public PedestrianGraph Graph { get; }

    /// <summary>Specific flow and time step.</summary>
    public PedestrianFlowOptions Options { get; }

    /// <summary>Length of one time step, seconds.</summary>
    public double StepSeconds => Options.StepSeconds;

    /// <summary>Discretises a graph: walking times of its profile, widths of its edges.</summary>
    /// <param name="graph">The graph (closed edges have no arcs and are never used).</param>
    /// <param name="options">Flow rate and step; null for <see cref="PedestrianFlowOptions.Default"/>.</param>
    public static EvacuationNetwork FromGraph(PedestrianGraph graph, PedestrianFlowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PedestrianFlowOptions.Default;
        var m = graph.EdgeCount;
        var travel = new int[m];
        var capacity = new int[m];
        for (var e = 0; e < m; e++)
        {
            travel[e] = Math.Max(1, (int)Math.Round(graph.EdgeWalkSeconds(e) / options.StepSeconds, MidpointRounding.AwayFromZero));
            var perStep = options.SpecificFlowPpsPerM * graph.EdgeWidthM(e) * options.StepSeconds;
            capacity[e] = (int)Math.Clamp(Math.Floor(perStep + 1e-9), 1, int.MaxValue / 4);
        }

        return new EvacuationNetwork(graph, options, travel, capacity);
    }

    /// <summary>Whole time steps to walk an edge, ≥ 1.</summary>
    /// <param name="edge">Edge index.</param>
    public int TravelSteps(int edge) => _travelSteps[edge];

    /// <summary>Persons that may enter an edge in one time step (both directions together), ≥ 1.</summary>
    /// <param name="edge">Edge index.</param>
    public int CapacityPerStep(int edge) => _capacity[edge];

    /// <summary>Flow capacity of an edge in persons per second: specific flow × clear width.</summary>
    /// <param name="edge">Edge index.</param>
    public double CapacityPps(int edge) => Options.SpecificFlowPpsPerM * Graph.EdgeWidthM(edge);

    /// <summary>
    /// Whole steps for a walk of <paramref name="seconds"/> that uses no capacity (a building's door to the street, a
    /// shelter's gate): rounded to the nearest step, ≥ 0.
    /// </summary>
    /// <param name="seconds">Walking time, seconds, ≥ 0.</param>
    public int Steps(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 ? (int)Math.Round(seconds / StepSeconds, MidpointRounding.AwayFromZero) : 0;
}
