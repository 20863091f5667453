using Google.OrTools.Graph;

namespace Seismic.Engine.Routing.Assignment;

/// <summary>
/// Capacitated shelter assignment as a min-cost flow (OR-Tools network simplex / cost scaling): every building supplies
/// its persons; arcs building → each of its k nearest shelters (unit cost = walking seconds, rounded), shelter → sink
/// (capacity = shelter capacity), and building → sink "unserved" (large cost) so the flow is always feasible and the
/// shortfall explicit. Minimising the total cost minimises total walking time among the plans that serve the most
/// persons and, with the radius penalty, send the fewest beyond their shelter's service radius.
/// </summary>
public static class ShelterAssigner
{
    /// <summary>Solves the assignment.</summary>
    /// <param name="problem">The problem (shelter capacities must be positive).</param>
    /// <param name="options">Options (the radius penalty); null for the defaults.</param>
    public static ShelterAssignment Solve(ShelterAssignmentProblem problem, ShelterAssignmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= ShelterAssignmentOptions.Default;
        var shelters = problem.Shelters;
        var demands = problem.Demands;
        for (var s = 0; s < shelters.Count; s++)
        {
            if (shelters[s].CapacityPersons <= 0)
            {
                throw new ArgumentException($"shelter {shelters[s].Id} has no capacity ({shelters[s].CapacityPersons})", nameof(problem));
            }
        }

        long maxSeconds = 1;
        foreach (var demand in demands)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(demand.Persons, nameof(problem));
            foreach (var candidate in demand.Candidates)
            {
                maxSeconds = Math.Max(maxSeconds, Seconds(candidate.WalkSeconds));
            }
        }

        // Lexicographic weights: an improving cycle of the residual network passes each shelter at most once, so it
        // changes the walking time by at most (S + 1)·maxSeconds per person; a penalty above that makes one fewer
        // over-radius person always worth more than any time saving, and the unserved cost likewise dominates both.
        long cycle = shelters.Count + 1;
        var penalty = options.PenaliseOverRadius ? cycle * (maxSeconds + 1) : 0;
        var unservedCost = (cycle * (penalty + maxSeconds + 1)) + 1;

        var sink = demands.Count + shelters.Count;

        // The solver holds native memory: free it here rather than leave it to the finalizer thread.
        using var flow = new MinCostFlow();
        var arcStart = new int[demands.Count + 1];
        long total = 0;
        for (var b = 0; b < demands.Count; b++)
        {
            var demand = demands[b];
            arcStart[b] = -1;
            if (demand.Persons == 0)
            {
                continue;
            }

            total += demand.Persons;
            flow.SetNodeSupply(b, demand.Persons);
            for (var i = 0; i < demand.Candidates.Count; i++)
            {
                var candidate = demand.Candidates[i];
                var cost = Seconds(candidate.WalkSeconds);
                if (candidate.DistanceM > shelters[candidate.Shelter].ServiceRadiusM)
                {
                    cost += penalty;
                }

                var arc = flow.AddArcWithCapacityAndUnitCost(b, demands.Count + candidate.Shelter, demand.Persons, cost);
                if (i == 0)
                {
                    arcStart[b] = arc;
                }
            }

            var unserved = flow.AddArcWithCapacityAndUnitCost(b, sink, demand.Persons, unservedCost);
            if (arcStart[b] < 0)
            {
                arcStart[b] = unserved;
            }
        }

        for (var s = 0; s < shelters.Count; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(demands.Count + s, sink, shelters[s].CapacityPersons, 0);
        }

        flow.SetNodeSupply(sink, -total);
        var status = total == 0 ? MinCostFlowBase.Status.OPTIMAL : flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"min-cost flow did not solve the shelter assignment: {status}");
        }

        return Collect(problem, flow, arcStart);
    }

    private static long Seconds(double walkSeconds) => (long)Math.Round(walkSeconds, MidpointRounding.AwayFromZero);

    private static ShelterAssignment Collect(ShelterAssignmentProblem problem, MinCostFlow flow, int[] arcStart)
    {
        var shelters = problem.Shelters;
        var demands = problem.Demands;
        var parts = new List<AllocationPart>(demands.Count);
        var unservedCount = new int[demands.Count];
        var loads = new int[shelters.Count];
        for (var b = 0; b < demands.Count; b++)
        {
            var demand = demands[b];
            if (demand.Persons == 0)
            {
                continue;
            }

            var arc = arcStart[b];
            foreach (var candidate in demand.Candidates)
            {
                var persons = (int)flow.Flow(arc++);
                if (persons > 0)
                {
                    var over = candidate.DistanceM > shelters[candidate.Shelter].ServiceRadiusM;
                    parts.Add(new AllocationPart(b, candidate.Shelter, persons, candidate.DistanceM, candidate.WalkSeconds, over));
                    loads[candidate.Shelter] += persons;
                }
            }

            unservedCount[b] = (int)flow.Flow(arc);
        }

        // Places still free per component: unserved persons of that component count as "beyond k" only up to these
        // (their own k shelters are all full, or the flow would have used them); the rest found every shelter full.
        var spare = new Dictionary<int, long>();
        for (var s = 0; s < shelters.Count; s++)
        {
            var component = problem.ShelterComponents[s];
            spare[component] = spare.GetValueOrDefault(component) + shelters[s].CapacityPersons - loads[s];
        }

        var unserved = new List<UnservedPart>();
        for (var b = 0; b < demands.Count; b++)
        {
            var left = unservedCount[b];
            if (left == 0)
            {
                continue;
            }

            var demand = demands[b];
            if (demand.Candidates.Count == 0)
            {
                unserved.Add(new UnservedPart(b, left, UnservedReason.Unreachable));
                continue;
            }

            var free = spare.GetValueOrDefault(demand.Component);
            var beyond = (int)Math.Min(left, free);
            if (beyond > 0)
            {
                unserved.Add(new UnservedPart(b, beyond, UnservedReason.BeyondK));
                spare[demand.Component] = free - beyond;
            }

            if (left > beyond)
            {
                unserved.Add(new UnservedPart(b, left - beyond, UnservedReason.SheltersFull));
            }
        }

        return new ShelterAssignment(problem, parts, unserved, loads, CommunityTable.Build(problem, parts, unserved));
    }
}
