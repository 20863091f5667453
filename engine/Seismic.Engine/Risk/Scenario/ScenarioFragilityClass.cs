using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Risk.Scenario;

/// <summary>One HAZUS (model type, design level) pair: its PGA fragility curves and indoor casualty rates.</summary>
/// <param name="Curves">HAZUS PGA fragility curves (HAZUS-MH Technical Manual Tables 5.16a–d).</param>
/// <param name="CasualtyRates">
/// 20 fractions of occupants, damage state major (slight, moderate, extensive, complete without collapse, complete
/// with collapse) × severity 1–4 minor, from HAZUS indoor casualty rates (Tables 13.3–13.7).
/// </param>
public sealed record ScenarioFragilityClass(FragilityCurves Curves, IReadOnlyList<double> CasualtyRates)
{
    /// <summary>Builds the class from the engine's HAZUS tables.</summary>
    /// <param name="curves">The fragility curves.</param>
    /// <param name="rates">The casualty-rate table holding <see cref="FragilityCurves.HazusType"/>.</param>
    /// <returns>The class.</returns>
    public static ScenarioFragilityClass From(FragilityCurves curves, CasualtyRates rates)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(rates);
        var r = new double[20];
        for (var s = 0; s < 5; s++)
        {
            for (var k = 1; k <= 4; k++)
            {
                r[s * 4 + k - 1] = rates.Rate(curves.HazusType, s, k);
            }
        }

        return new ScenarioFragilityClass(curves, r);
    }
}
