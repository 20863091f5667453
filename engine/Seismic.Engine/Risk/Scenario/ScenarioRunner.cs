using Seismic.Engine.Vulnerability;

namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// Runs an earthquake scenario: correlated PGA fields, HAZUS damage-state probabilities, indoor casualties and
/// displaced residents per building and realization, aggregated per community, street and district.
/// </summary>
/// <remarks>
/// Damage is the expected value per realization (the damage-state probabilities of each building given that
/// realization's PGA), not a random draw of one damage state per building: the ground-motion variability, which
/// dominates, is sampled; the building-to-building variability within a realization only averages out in the
/// community totals. The single-machine run is the partitioned run with <see cref="ScenarioPartition.Default"/>, and
/// the fixed-point aggregates of <see cref="ScenarioAccumulator"/> make every partitioning give the same bits.
/// </remarks>
public static class ScenarioRunner
{
    /// <summary>Runs the whole scenario, its partitions concurrently, and summarises it.</summary>
    /// <param name="definition">A valid definition (see <see cref="ScenarioDefinition.Validate"/>).</param>
    /// <param name="inputs">The buildings.</param>
    /// <param name="partitions">Partitions covering every (building, realization) exactly once; null for the default.</param>
    /// <returns>The result.</returns>
    public static ScenarioResult Run(ScenarioDefinition definition, ScenarioInputs inputs, IReadOnlyList<ScenarioPartition>? partitions = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(inputs);
        return Run(definition, inputs, ScenarioGroundMotion.Prepare(definition, inputs), partitions);
    }

    /// <summary>Runs the whole scenario on prepared (simulated or given) ground motion, and summarises it.</summary>
    /// <param name="definition">A valid definition (see <see cref="ScenarioDefinition.Validate"/>).</param>
    /// <param name="inputs">The buildings.</param>
    /// <param name="ground">Ground motion over the same buildings, holding at least the definition's realizations.</param>
    /// <param name="partitions">Partitions covering every (building, realization) exactly once; null for the default.</param>
    /// <returns>The result.</returns>
    public static ScenarioResult Run(ScenarioDefinition definition, ScenarioInputs inputs, ScenarioGroundMotion ground, IReadOnlyList<ScenarioPartition>? partitions = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(ground);
        if (definition.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(definition));
        }

        if (ground.Grid.BuildingCell.Length != inputs.Count || ground.AvailableRealizations < definition.Realizations)
        {
            throw new ArgumentException($"The ground motion covers {ground.Grid.BuildingCell.Length} buildings and {ground.AvailableRealizations} realizations, not {inputs.Count} and {definition.Realizations}.", nameof(ground));
        }

        partitions ??= ScenarioPartition.Default(inputs.Count, definition.Realizations);
        CheckCoverage(partitions, inputs.Count, definition.Realizations);
        var total = new ScenarioAccumulator(0, inputs.Count, definition.Realizations, inputs.CommunityNames.Count, inputs.StreetNames.Count);
        // Partitions run concurrently; the merge is integer addition, so the completion order does not matter.
        var gate = new object();
        Parallel.For(0, partitions.Count, i =>
        {
            var partial = RunPartition(definition, inputs, ground, partitions[i]);
            lock (gate)
            {
                total.Merge(partial);
            }
        });

        return ScenarioSummary.Build(definition, inputs, ground, total);
    }

    /// <summary>Computes one partition's partial aggregate (the unit of work of a scaled-out run).</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="inputs">The buildings.</param>
    /// <param name="ground">Ground motion prepared from the same definition and inputs.</param>
    /// <param name="partition">The partition.</param>
    /// <returns>A partial accumulator to merge with <see cref="ScenarioAccumulator.Merge"/>.</returns>
    public static ScenarioAccumulator RunPartition(
        ScenarioDefinition definition, ScenarioInputs inputs, ScenarioGroundMotion ground, ScenarioPartition partition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(ground);
        var communities = inputs.CommunityNames.Count;
        var streets = inputs.StreetNames.Count;
        var acc = new ScenarioAccumulator(partition.BuildingStart, partition.BuildingEnd, definition.Realizations, communities, streets);
        var cells = ground.Grid.CellCount;
        var classes = inputs.Classes;
        var lnY = new double[cells];
        var pga = new double[cells];

        // Exceedance per class, damage state and cell: the CDF is evaluated over the whole cell span for each
        // (type, level) pair, so a building's value does not depend on which partition (or vector lane) holds it.
        var exceed = new double[classes.Count * 4 * cells];
        var occupants = definition.Night ? inputs.OccupantsNight : inputs.OccupantsDay;
        var share = definition.ModerateDisplacedShare;
        Span<long> v = stackalloc long[ScenarioAccumulator.BuildingMetricCount];
        for (var r = partition.RealizationStart; r < partition.RealizationEnd; r++)
        {
            ground.Field(r, lnY);
            for (var k = 0; k < cells; k++)
            {
                pga[k] = Math.Exp(lnY[k]);
            }

            for (var c = 0; c < classes.Count; c++)
            {
                var curves = classes[c].Curves;
                NormalCdfKernel.LognormalCdf(pga, curves.Slight.Median, curves.Slight.Beta, exceed.AsSpan((c * 4) * cells, cells));
                NormalCdfKernel.LognormalCdf(pga, curves.Moderate.Median, curves.Moderate.Beta, exceed.AsSpan((c * 4 + 1) * cells, cells));
                NormalCdfKernel.LognormalCdf(pga, curves.Extensive.Median, curves.Extensive.Beta, exceed.AsSpan((c * 4 + 2) * cells, cells));
                NormalCdfKernel.LognormalCdf(pga, curves.Complete.Median, curves.Complete.Beta, exceed.AsSpan((c * 4 + 3) * cells, cells));
            }

            var communityRow = acc.CommunityTotals.AsSpan(r * communities * ScenarioAccumulator.AreaMetricCount);
            var streetRow = acc.StreetTotals.AsSpan(r * streets * ScenarioAccumulator.AreaMetricCount);
            for (var b = partition.BuildingStart; b < partition.BuildingEnd; b++)
            {
                var c = inputs.FragilityClass[b];
                var cell = ground.Grid.BuildingCell[b];
                var cls = classes[c];
                var baseIndex = c * 4 * cells + cell;
                var slight = exceed[baseIndex];
                var moderate = exceed[baseIndex + cells];
                var extensive = exceed[baseIndex + 2 * cells];
                var complete = exceed[baseIndex + 3 * cells];
                var collapse = complete * cls.Curves.CollapseFraction;
                Evaluate(v, cls.CasualtyRates, slight, moderate, extensive, complete, collapse, occupants[b], inputs.Residents[b], share);

                var sums = acc.BuildingSums.AsSpan((b - partition.BuildingStart) * ScenarioAccumulator.BuildingMetricCount, ScenarioAccumulator.BuildingMetricCount);
                for (var m = 0; m < ScenarioAccumulator.BuildingMetricCount; m++)
                {
                    sums[m] += v[m];
                }

                AddArea(communityRow.Slice(inputs.Community[b] * ScenarioAccumulator.AreaMetricCount, ScenarioAccumulator.AreaMetricCount), v);
                AddArea(streetRow.Slice(inputs.Street[b] * ScenarioAccumulator.AreaMetricCount, ScenarioAccumulator.AreaMetricCount), v);
            }
        }

        return acc;
    }

    // One building in one realization, in fixed point: P(≥ DS) for the four states, P(collapse), casualties by
    // severity (HAZUS indoor rates weighted by the probability of being in each state, Technical Manual Eq. 13-1)
    // and displaced residents (all of ≥ extensive plus a share of moderate-only damage).
    private static void Evaluate(
        Span<long> v, IReadOnlyList<double> rates, double slight, double moderate, double extensive, double complete,
        double collapse, double occupants, double residents, double share)
    {
        var w0 = Math.Max(0.0, slight - moderate);
        var w1 = Math.Max(0.0, moderate - extensive);
        var w2 = Math.Max(0.0, extensive - complete);
        var w3 = Math.Max(0.0, complete - collapse);
        var w4 = collapse;
        v[0] = ScenarioAccumulator.ToFixed(slight);
        v[1] = ScenarioAccumulator.ToFixed(moderate);
        v[2] = ScenarioAccumulator.ToFixed(extensive);
        v[3] = ScenarioAccumulator.ToFixed(complete);
        v[4] = ScenarioAccumulator.ToFixed(collapse);
        for (var k = 0; k < 4; k++)
        {
            var perOccupant = w0 * rates[k] + w1 * rates[4 + k] + w2 * rates[8 + k] + w3 * rates[12 + k] + w4 * rates[16 + k];
            v[5 + k] = ScenarioAccumulator.ToFixed(occupants * perOccupant);
        }

        v[9] = ScenarioAccumulator.ToFixed(residents * (extensive + share * w1));
    }

    // Area metrics: collapsed, ≥ extensive, severity 1–4, displaced.
    private static void AddArea(Span<long> row, ReadOnlySpan<long> v)
    {
        row[0] += v[4];
        row[1] += v[2];
        row[2] += v[5];
        row[3] += v[6];
        row[4] += v[7];
        row[5] += v[8];
        row[6] += v[9];
    }

    private static void CheckCoverage(IReadOnlyList<ScenarioPartition> partitions, int buildings, int realizations)
    {
        long covered = 0;
        for (var i = 0; i < partitions.Count; i++)
        {
            var p = partitions[i];
            if (p.RealizationStart < 0 || p.RealizationEnd > realizations || p.RealizationEnd < p.RealizationStart
                || p.BuildingStart < 0 || p.BuildingEnd > buildings || p.BuildingEnd < p.BuildingStart)
            {
                throw new ArgumentException($"Partition {i} ({p}) lies outside {buildings} buildings × {realizations} realizations.", nameof(partitions));
            }

            for (var j = 0; j < i; j++)
            {
                var q = partitions[j];
                if (p.RealizationStart < q.RealizationEnd && q.RealizationStart < p.RealizationEnd
                    && p.BuildingStart < q.BuildingEnd && q.BuildingStart < p.BuildingEnd)
                {
                    throw new ArgumentException($"Partitions {j} and {i} overlap.", nameof(partitions));
                }
            }

            covered += (long)(p.RealizationEnd - p.RealizationStart) * (p.BuildingEnd - p.BuildingStart);
        }

        if (covered != (long)buildings * realizations)
        {
            throw new ArgumentException("The partitions do not cover every building in every realization.", nameof(partitions));
        }
    }
}
