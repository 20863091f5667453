namespace Seismic.Engine.Routing.Flow;

/// <summary>One run of <see cref="CapacityConstrainedRoutePlanner"/>: the reservations, the per-group state and the
/// reusable buffers of the time-dependent search.</summary>
internal sealed class CcrpRun
{
    private readonly EvacuationNetwork _network;
    private readonly PedestrianGraph _graph;
    private readonly IReadOnlyList<EvacueeGroup> _groups;
    private readonly IReadOnlyList<EvacuationSink> _sinks;
    private readonly long[] _room;
    private readonly long[] _sinkLoad;
    private readonly EdgeReservations _reserved;
    private readonly int[] _sinkHead;
    private readonly int[] _sinkNext;
    private readonly int[] _arrival;
    private readonly int[] _predArc;
    private readonly int[] _depart;
    private int[] _toSink;
    private readonly List<int> _touched = [];
    private readonly NodeHeap _heap;
    private readonly int _tolerance;
    private readonly Dictionary<int, int[]> _toDestination = [];
    private readonly List<(int Edge, int Depart, int Wait)> _path = [];
    private readonly long[] _edgePersons;
    private readonly long[] _edgeDelayed;
    private readonly long[] _edgeWait;
    private readonly long[] _labelPersons;
    private readonly long[] _labelEvacuated;
    private readonly int[] _labelClearance;
    private readonly Dictionary<long, long> _labelEdgeWait = [];

    public CcrpRun(EvacuationNetwork network, IReadOnlyList<EvacueeGroup> groups, IReadOnlyList<EvacuationSink> sinks,
        long[] room, int labelCount)
    {
        _network = network;
        _graph = network.Graph;
        _groups = groups;
        _sinks = sinks;
        _room = room;
        _sinkLoad = new long[room.Length];
        _reserved = new EdgeReservations(network);
        var n = _graph.NodeCount;
        var m = _graph.EdgeCount;
        _sinkHead = new int[n];
        Array.Fill(_sinkHead, -1);
        _sinkNext = new int[sinks.Count];
        for (var k = sinks.Count - 1; k >= 0; k--)
        {
            _sinkNext[k] = _sinkHead[sinks[k].Node];
            _sinkHead[sinks[k].Node] = k;
        }

        _arrival = new int[n];
        Array.Fill(_arrival, int.MaxValue);
        _predArc = new int[n];
        _depart = new int[n];
        _heap = new NodeHeap(n);
        _toSink = StepsToNearestSink(-1);
        _tolerance = (int)Math.Floor((network.Options.OrderToleranceSeconds / network.StepSeconds) + 1e-9);
        _edgePersons = new long[m];
        _edgeDelayed = new long[m];
        _edgeWait = new long[m];
        _labelPersons = new long[labelCount];
        _labelEvacuated = new long[labelCount];
        _labelClearance = new int[labelCount];
        Array.Fill(_labelClearance, -1);
    }

    public EvacuationSchedule Run(long total)
    {
        var count = _groups.Count;
        var remaining = new int[count];
        var clearance = new int[count];
        var unserved = new int[count];
        Array.Fill(clearance, -1);
        // Keys are lower bounds of each group's earliest arrival; the group index breaks ties, so runs are repeatable.
        var queue = new PriorityQueue<int, (int Key, int Group)>();
        for (var g = 0; g < count; g++)
        {
            var group = _groups[g];
            remaining[g] = group.Persons;
            _labelPersons[group.Label] += group.Persons;
            if (group.Persons > 0)
            {
                queue.Enqueue(g, (group.ReadyStep, g));
            }
        }

        long evacuated = 0;
        var routes = 0;
        var searches = 0;
        var latest = total == 0 ? 0 : -1;
        while (queue.TryDequeue(out var g, out _))
        {
            var group = _groups[g];
            if (Bound(group)[group.Node] == int.MaxValue)
            {
                unserved[g] += remaining[g];
                remaining[g] = 0;
                continue;
            }

            // Only an arrival no later than the next group's key (plus the tolerance) can be committed now, so the
            // search stops as soon as it has proved a later one; what it proved is the group's new key.
            var limit = queue.TryPeek(out _, out var next) ? next.Key + _tolerance : int.MaxValue;
            var (arrival, sink, bound) = Search(group, limit);
            searches++;
            if (bound == int.MaxValue)
            {
                unserved[g] += remaining[g];
                remaining[g] = 0;
                continue;
            }

            if (arrival > limit)
            {
                queue.Enqueue(g, (bound, g));
                continue;
            }

            var persons = Commit(group, sink, remaining[g]);
            remaining[g] -= persons;
            evacuated += persons;
            routes++;
            clearance[g] = Math.Max(clearance[g], arrival);
            _labelClearance[group.Label] = Math.Max(_labelClearance[group.Label], arrival);
            latest = Math.Max(latest, arrival);
            if (remaining[g] > 0)
            {
                queue.Enqueue(g, (arrival, g));
            }
        }

        return new EvacuationSchedule(_network, latest, total, evacuated, clearance, unserved, Labels(), Edges(), _sinkLoad, routes, searches);
    }

    // Earliest arrival at a sink with room, from the group's node at its ready step (A* on arrival step + the bound to
    // the nearest sink); the path is left in the labels. The search gives up once every label left proves an arrival
    // after `limit`: it then returns the smallest such proof as the lower bound (int.MaxValue when no sink with room
    // can be reached at all).
    private (int Arrival, int Sink, int Bound) Search(in EvacueeGroup group, int limit)
    {
        foreach (var v in _touched)
        {
            _arrival[v] = int.MaxValue;
        }

        _touched.Clear();
        _heap.Clear();
        var first = _graph.FirstArcs;
        var targets = _graph.ArcTargets;
        var bound = Bound(group);
        var destination = group.Destination;
        Label(group.Node, group.ReadyStep, -1, group.ReadyStep, bound);
        var best = int.MaxValue;
        var bestSink = -1;
        while (_heap.Count > 0 && _heap.MinKey < best)
        {
            if (_heap.MinKey > limit)
            {
                return (int.MaxValue, -1, (int)Math.Min(best, _heap.MinKey));
            }

            var u = _heap.Pop();
            var at = _arrival[u];
            for (var k = _sinkHead[u]; k >= 0; k = _sinkNext[k])
            {
                var sink = _sinks[k];
                if ((destination < 0 || sink.Label == destination) && _room[sink.Label] > 0 && at + sink.ExtraSteps < best)
                {
                    (best, bestSink) = (at + sink.ExtraSteps, k);
                }
            }

            var end = first[u + 1];
            for (var a = first[u]; a < end; a++)
            {
                var v = targets[a];
                var edge = _graph.ArcEdge(a);
                var leave = _reserved.EarliestFree(edge, at);
                var reach = leave + _network.TravelSteps(edge);
                if (reach < _arrival[v] && bound[v] != int.MaxValue)
                {
                    Label(v, reach, a, leave, bound);
                }
            }
        }

        return (best, bestSink, best);
    }

    private void Label(int node, int arrival, int arc, int depart, int[] bound)
    {
        if (_arrival[node] == int.MaxValue)
        {
            _touched.Add(node);
        }

        _arrival[node] = arrival;
        _predArc[node] = arc;
        _depart[node] = depart;
        _heap.Push(node, (double)arrival + bound[node]);
    }

    // The A* bound of a group's search: steps to the nearest sink with room, or to its destination's nearest entrance.
    private int[] Bound(in EvacueeGroup group)
    {
        if (group.Destination < 0)
        {
            return _toSink;
        }

        if (!_toDestination.TryGetValue(group.Destination, out var steps))
        {
            steps = StepsToNearestSink(group.Destination);
            _toDestination[group.Destination] = steps;
        }

        return steps;
    }

    // Fewest steps from each node to any sink with room (or to the sinks labelled `destination`, when ≥ 0), with no
    // queue at all (int.MaxValue when none is reachable): the A* bound of the search. Queues and filling shelters only
    // lengthen the walk, so it stays a consistent lower bound. Walking ignores one-way streets, so the graph's arcs
    // serve in both directions.
    private int[] StepsToNearestSink(int destination)
    {
        var n = _graph.NodeCount;
        var steps = new int[n];
        Array.Fill(steps, int.MaxValue);
        var heap = new NodeHeap(n);
        foreach (var sink in _sinks)
        {
            if ((destination < 0 || sink.Label == destination) && _room[sink.Label] > 0 && sink.ExtraSteps < steps[sink.Node])
            {
                steps[sink.Node] = sink.ExtraSteps;
                heap.Push(sink.Node, sink.ExtraSteps);
            }
        }

        var first = _graph.FirstArcs;
        var targets = _graph.ArcTargets;
        while (heap.Count > 0)
        {
            var u = heap.Pop();
            var end = first[u + 1];
            for (var a = first[u]; a < end; a++)
            {
                var v = targets[a];
                var c = steps[u] + _network.TravelSteps(_graph.ArcEdge(a));
                if (c < steps[v])
                {
                    steps[v] = c;
                    heap.Push(v, c);
                }
            }
        }

        return steps;
    }

    // Sends as many persons as the path, the group and the sink allow along the path found last; returns how many.
    private int Commit(in EvacueeGroup group, int sinkIndex, int remaining)
    {
        var sink = _sinks[sinkIndex];
        _path.Clear();
        long persons = Math.Min(remaining, _room[sink.Label]);
        for (var node = sink.Node; _predArc[node] >= 0;)
        {
            var arc = _predArc[node];
            var edge = _graph.ArcEdge(arc);
            var tail = _graph.ArcIsForward(arc) ? _graph.EdgeSource(edge) : _graph.EdgeTarget(edge);
            _path.Add((edge, _depart[node], _depart[node] - _arrival[tail]));
            persons = Math.Min(persons, _reserved.Available(edge, _depart[node]));
            node = tail;
        }

        var flow = (int)persons;
        foreach (var (edge, depart, wait) in _path)
        {
            _reserved.Reserve(edge, depart, flow);
            _edgePersons[edge] += flow;
            if (wait > 0)
            {
                _edgeDelayed[edge] += flow;
                _edgeWait[edge] += (long)flow * wait;
                var key = ((long)group.Label * _graph.EdgeCount) + edge;
                _labelEdgeWait[key] = _labelEdgeWait.GetValueOrDefault(key) + ((long)flow * wait);
            }
        }

        _room[sink.Label] -= flow;
        _sinkLoad[sink.Label] += flow;
        if (_room[sink.Label] == 0)
        {
            // A full shelter no longer attracts anyone: aim the bound at the shelters with room, so searches stop
            // wandering towards it and groups left with no shelter at all are told so at once.
            _toSink = StepsToNearestSink(-1);
            _toDestination.Remove(sink.Label);
        }

        _labelEvacuated[group.Label] += flow;
        return flow;
    }

    private LabelClearance[] Labels()
    {
        var count = _labelPersons.Length;
        var bottleneck = new int[count];
        var worst = new long[count];
        Array.Fill(bottleneck, -1);
        var m = _graph.EdgeCount;
        foreach (var (key, wait) in _labelEdgeWait)
        {
            var label = (int)(key / m);
            var edge = (int)(key % m);
            if (wait > worst[label] || (wait == worst[label] && edge < bottleneck[label]))
            {
                (worst[label], bottleneck[label]) = (wait, edge);
            }
        }

        var labels = new LabelClearance[count];
        for (var l = 0; l < count; l++)
        {
            labels[l] = new LabelClearance(l, _labelPersons[l], _labelEvacuated[l], _labelClearance[l], bottleneck[l], worst[l]);
        }

        return labels;
    }

    private EdgeFlowLoad[] Edges()
    {
        var m = _graph.EdgeCount;
        var edges = new EdgeFlowLoad[m];
        var saturated = _reserved.SaturatedSteps;
        for (var e = 0; e < m; e++)
        {
            edges[e] = new EdgeFlowLoad(_edgePersons[e], saturated[e], _edgeDelayed[e], _edgeWait[e]);
        }

        return edges;
    }
}
