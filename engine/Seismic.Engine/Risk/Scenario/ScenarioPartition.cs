namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// An independent piece of a scenario: realizations [<see cref="RealizationStart"/>, <see cref="RealizationEnd"/>)
/// for buildings [<see cref="BuildingStart"/>, <see cref="BuildingEnd"/>). Partitions can run on different machines;
/// their partial aggregates merge exactly (see <see cref="ScenarioAccumulator"/>).
/// </summary>
/// <param name="RealizationStart">First realization, inclusive.</param>
/// <param name="RealizationEnd">Last realization, exclusive.</param>
/// <param name="BuildingStart">First building index, inclusive.</param>
/// <param name="BuildingEnd">Last building index, exclusive.</param>
public readonly record struct ScenarioPartition(int RealizationStart, int RealizationEnd, int BuildingStart, int BuildingEnd)
{
    /// <summary>Splits a scenario into building blocks × realization blocks of near-equal size.</summary>
    /// <param name="buildings">Number of buildings, ≥ 0.</param>
    /// <param name="realizations">Number of realizations, ≥ 1.</param>
    /// <param name="buildingBlocks">Number of building blocks, ≥ 1.</param>
    /// <param name="realizationBlocks">Number of realization blocks, ≥ 1.</param>
    /// <returns>The non-empty partitions, realization blocks outermost.</returns>
    public static IReadOnlyList<ScenarioPartition> Grid(int buildings, int realizations, int buildingBlocks, int realizationBlocks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(buildings);
        ArgumentOutOfRangeException.ThrowIfLessThan(realizations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(buildingBlocks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(realizationBlocks, 1);
        var list = new List<ScenarioPartition>();
        for (var r = 0; r < realizationBlocks; r++)
        {
            var r0 = (int)((long)realizations * r / realizationBlocks);
            var r1 = (int)((long)realizations * (r + 1) / realizationBlocks);
            for (var b = 0; b < buildingBlocks; b++)
            {
                var b0 = (int)((long)buildings * b / buildingBlocks);
                var b1 = (int)((long)buildings * (b + 1) / buildingBlocks);
                if (r1 > r0 && b1 > b0)
                {
                    list.Add(new ScenarioPartition(r0, r1, b0, b1));
                }
            }
        }

        return list;
    }

    /// <summary>
    /// The single-machine partitioning: one partition per block of at most 64 realizations, and at least two blocks
    /// (when there are two realizations) so that two cores share even a short run.
    /// </summary>
    /// <remarks>
    /// Each partition sorts and copies its buildings once (see <see cref="ScenarioRunner.RunPartition"/>), a cost
    /// that long realization blocks spread thin; every partition holds one per-building sum array, so few large
    /// partitions also keep the memory low.
    /// </remarks>
    /// <param name="buildings">Number of buildings.</param>
    /// <param name="realizations">Number of realizations.</param>
    /// <returns>The partitions.</returns>
    public static IReadOnlyList<ScenarioPartition> Default(int buildings, int realizations) =>
        Grid(buildings, realizations, 1, Math.Max((realizations - 1) / 64 + 1, Math.Min(2, realizations)));
}
