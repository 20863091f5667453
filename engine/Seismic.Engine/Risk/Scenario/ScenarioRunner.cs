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
        var acc = new ScenarioAccumulator(
            partition.BuildingStart, partition.BuildingEnd, definition.Realizations, inputs.CommunityNames.Count, inputs.StreetNames.Count);
        var lnY = new double[ground.Grid.CellCount];

        // Realizations are streamed in blocks: one block of fields (cells × 32 values) is held at a time, never
        // buildings × realizations.
        var kernel = new ScenarioDamageKernel(definition, inputs, ground.Grid, partition.BuildingStart, partition.BuildingEnd);
        for (var r0 = partition.RealizationStart; r0 < partition.RealizationEnd; r0 += ScenarioDamageKernel.BlockRealizations)
        {
            var count = Math.Min(ScenarioDamageKernel.BlockRealizations, partition.RealizationEnd - r0);
            for (var lane = 0; lane < count; lane++)
            {
                ground.Field(r0 + lane, lnY);
                kernel.SetField(lane, lnY);
            }

            kernel.Accumulate(r0, count, acc);
        }

        return acc;
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
