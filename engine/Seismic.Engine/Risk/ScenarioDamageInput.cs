using Seismic.Engine.Vulnerability;

namespace Seismic.Engine.Risk;

/// <summary>Everything a scenario-damage calculation needs, as flat per-asset arrays.</summary>
/// <param name="Numbers">Number of buildings per asset, ≥ 0 (may be fractional, as in OpenQuake exposures).</param>
/// <param name="SiteIndices">Ground-motion site per asset, or −1 for an asset without a site (its results are NaN).</param>
/// <param name="FunctionSetIndices">Index into <paramref name="FunctionSets"/> per asset.</param>
/// <param name="FunctionSets">The fragility function sets in use; each has <paramref name="LimitStateCount"/> curves.</param>
/// <param name="LimitStateCount">Number of limit states n; results have n + 1 damage states.</param>
/// <param name="GroundMotion">The ground-motion fields; must hold every IMT the function sets use.</param>
public sealed record ScenarioDamageInput(
    double[] Numbers,
    int[] SiteIndices,
    int[] FunctionSetIndices,
    IReadOnlyList<FragilityFunctionSet> FunctionSets,
    int LimitStateCount,
    GroundMotionFieldSet GroundMotion);
