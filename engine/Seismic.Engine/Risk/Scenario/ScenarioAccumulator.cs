namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// Partial (or merged) aggregates of a scenario: per-building sums over realizations and per-realization totals per
/// community and street, all in fixed point.
/// </summary>
/// <remarks>
/// Floating-point addition is not associative, so summing the same values in a different grouping (one pass versus
/// building blocks × realization blocks merged afterwards) can change the last bits. Every per-building,
/// per-realization expected value is therefore rounded once to a multiple of 2⁻²⁴ (<see cref="Scale"/>; 6e-8 of a
/// building or a person, far below any reported precision) and accumulated as a 64-bit integer. Integer addition is
/// associative and commutative, so any partitioning and any merge order give the same bits. Headroom: a 10⁶-building
/// district with 10³ people per building and 10³ realizations sums to 2⁵⁷ at most, below 2⁶³.
/// </remarks>
public sealed class ScenarioAccumulator
{
    /// <summary>Fixed-point scale: values are stored as round(value × 2²⁴).</summary>
    public const double Scale = 16_777_216.0;

    /// <summary>Metrics per area and realization: collapsed, ≥ extensive, casualties of severity 1–4, displaced.</summary>
    public const int AreaMetricCount = 7;

    /// <summary>Sums per building: P(≥ slight … ≥ complete), P(collapse), casualties of severity 1–4, displaced.</summary>
    public const int BuildingMetricCount = 10;

    /// <summary>Creates an empty accumulator for a building range and all realizations.</summary>
    /// <param name="buildingStart">First building, inclusive.</param>
    /// <param name="buildingEnd">Last building, exclusive.</param>
    /// <param name="realizations">Number of realizations in the whole scenario.</param>
    /// <param name="communities">Number of communities.</param>
    /// <param name="streets">Number of streets.</param>
    public ScenarioAccumulator(int buildingStart, int buildingEnd, int realizations, int communities, int streets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(buildingStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(buildingEnd, buildingStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(realizations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(communities);
        ArgumentOutOfRangeException.ThrowIfNegative(streets);
        BuildingStart = buildingStart;
        BuildingEnd = buildingEnd;
        Realizations = realizations;
        CommunityCount = communities;
        StreetCount = streets;
        BuildingSums = new long[checked((buildingEnd - buildingStart) * BuildingMetricCount)];
        CommunityTotals = new long[checked(realizations * communities * AreaMetricCount)];
        StreetTotals = new long[checked(realizations * streets * AreaMetricCount)];
    }

    /// <summary>First building covered, inclusive.</summary>
    public int BuildingStart { get; }

    /// <summary>Last building covered, exclusive.</summary>
    public int BuildingEnd { get; }

    /// <summary>Realizations of the whole scenario.</summary>
    public int Realizations { get; }

    /// <summary>Number of communities.</summary>
    public int CommunityCount { get; }

    /// <summary>Number of streets.</summary>
    public int StreetCount { get; }

    /// <summary>Per building (relative to <see cref="BuildingStart"/>) × <see cref="BuildingMetricCount"/> sums over realizations, fixed point.</summary>
    public long[] BuildingSums { get; }

    /// <summary>Realization × community × <see cref="AreaMetricCount"/> totals, fixed point.</summary>
    public long[] CommunityTotals { get; }

    /// <summary>Realization × street × <see cref="AreaMetricCount"/> totals, fixed point.</summary>
    public long[] StreetTotals { get; }

    /// <summary>Converts a value to fixed point.</summary>
    /// <param name="value">The value.</param>
    /// <returns>round(value × <see cref="Scale"/>), ties to even.</returns>
    public static long ToFixed(double value) => (long)Math.Round(value * Scale, MidpointRounding.ToEven);

    /// <summary>Adds a partial accumulator (a partition's result) into this one; exact and order-independent.</summary>
    /// <param name="partial">An accumulator whose building range lies inside this one's, with the same shape.</param>
    public void Merge(ScenarioAccumulator partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        if (partial.BuildingStart < BuildingStart || partial.BuildingEnd > BuildingEnd || partial.Realizations != Realizations
            || partial.CommunityCount != CommunityCount || partial.StreetCount != StreetCount)
        {
            throw new ArgumentException("The partial aggregate does not fit this scenario's buildings, realizations or areas.", nameof(partial));
        }

        AddInto(BuildingSums.AsSpan((partial.BuildingStart - BuildingStart) * BuildingMetricCount), partial.BuildingSums);
        AddInto(CommunityTotals, partial.CommunityTotals);
        AddInto(StreetTotals, partial.StreetTotals);
    }

    private static void AddInto(Span<long> target, ReadOnlySpan<long> source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] += source[i];
        }
    }
}
