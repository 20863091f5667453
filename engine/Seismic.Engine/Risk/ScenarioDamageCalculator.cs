using Seismic.Engine.Vulnerability;

namespace Seismic.Engine.Risk;

/// <summary>
/// Scenario damage over a set of ground-motion events, as OpenQuake's <c>scenario_damage</c> computes it with its default
/// fractional damage (<c>discrete_damage_distribution = false</c>): for each asset and event, the damage-state
/// probabilities from the taxonomy's fragility curves at the asset's site times the number of buildings; then the mean
/// and the sample standard deviation (ddof = 1) over events.
/// </summary>
/// <remarks>
/// Damage-state fractions below 1e-7 are zeroed as OpenQuake does (<see cref="DamageStateProbabilities.OpenQuakeZeroThreshold"/>).
/// An event without a value at the asset's site counts as no shaking: every building undamaged in that event.
/// The per-asset loop allocates nothing: exceedance buffers are sized once for all events.
/// </remarks>
public static class ScenarioDamageCalculator
{
    /// <summary>Runs the calculation.</summary>
    /// <param name="input">Assets, fragility and ground motion.</param>
    /// <returns>Mean and standard deviation per asset and damage state.</returns>
    public static ScenarioDamageStatistics Compute(ScenarioDamageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var assetCount = input.Numbers.Length;
        if (input.SiteIndices.Length != assetCount || input.FunctionSetIndices.Length != assetCount)
        {
            throw new ArgumentException("Numbers, site indices and function-set indices must have one entry per asset.", nameof(input));
        }

        var gm = input.GroundMotion;
        var limitStates = input.LimitStateCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(limitStates, 1, nameof(input));
        var imtIndices = ResolveImts(input.FunctionSets, limitStates, gm);

        var states = limitStates + 1;
        var events = gm.EventCount;
        var mean = new double[assetCount * states];
        var std = new double[assetCount * states];
        var poes = new double[limitStates * events];
        Span<double> exceedance = stackalloc double[limitStates];
        Span<double> fractions = stackalloc double[states];
        Span<double> runningMean = stackalloc double[states];
        Span<double> runningM2 = stackalloc double[states];

        for (var a = 0; a < assetCount; a++)
        {
            var outRow = a * states;
            var site = input.SiteIndices[a];
            if (site < 0)
            {
                mean.AsSpan(outRow, states).Fill(double.NaN);
                std.AsSpan(outRow, states).Fill(double.NaN);
                continue;
            }

            if ((uint)site >= (uint)gm.SiteCount)
            {
                throw new ArgumentOutOfRangeException(nameof(input), $"Asset {a} refers to site {site}; there are {gm.SiteCount} sites.");
            }

            var setIndex = input.FunctionSetIndices[a];
            var set = input.FunctionSets[setIndex];
            var values = gm.SiteValues(imtIndices[setIndex], site);
            for (var k = 0; k < limitStates; k++)
            {
                set.Curves[k].ProbabilityOfExceedance(values, poes.AsSpan(k * events, events));
            }

            var number = input.Numbers[a];
            runningMean.Clear();
            runningM2.Clear();
            for (var e = 0; e < events; e++)
            {
                for (var k = 0; k < limitStates; k++)
                {
                    exceedance[k] = poes[k * events + e];
                }

                DamageStateProbabilities.FromExceedance(exceedance, fractions, DamageStateProbabilities.OpenQuakeZeroThreshold);

                // Welford's update: stable single-pass mean and sum of squared deviations.
                var count = e + 1;
                for (var d = 0; d < states; d++)
                {
                    var x = number * fractions[d];
                    var delta = x - runningMean[d];
                    runningMean[d] += delta / count;
                    runningM2[d] += delta * (x - runningMean[d]);
                }
            }

            for (var d = 0; d < states; d++)
            {
                mean[outRow + d] = runningMean[d];
                std[outRow + d] = events > 1 ? Math.Sqrt(Math.Max(runningM2[d], 0) / (events - 1)) : 0.0;
            }
        }

        return new ScenarioDamageStatistics(assetCount, states, events, mean, std);
    }

    private static int[] ResolveImts(IReadOnlyList<FragilityFunctionSet> sets, int limitStates, GroundMotionFieldSet gm)
    {
        var indices = new int[sets.Count];
        for (var i = 0; i < sets.Count; i++)
        {
            if (sets[i].Curves.Count != limitStates)
            {
                throw new ArgumentException($"Taxonomy {sets[i].Taxonomy} has {sets[i].Curves.Count} curves, expected {limitStates}.", nameof(sets));
            }

            indices[i] = gm.IndexOfImt(sets[i].Imt);
            if (indices[i] < 0)
            {
                throw new ArgumentException($"The ground motion has no {sets[i].Imt} values, which taxonomy {sets[i].Taxonomy} needs.", nameof(sets));
            }
        }

        return indices;
    }
}
