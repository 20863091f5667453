using Seismic.Engine.Hazard.Intensity;
using Seismic.Engine.Hazard.Sites;

namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// Where a scenario's ground motion comes from: the sites the buildings are grouped onto, a representative (median)
/// PGA and intensity per site, and the PGA field of each realization. Two sources exist: fields simulated from a
/// rupture and a ground-motion model (<see cref="SimulatedGroundMotion"/>) and fields given from outside, such as an
/// OpenQuake GMF export (<see cref="GivenGroundMotion"/>). The damage, casualty and shelter computation
/// (<see cref="ScenarioRunner"/>) is the same for both.
/// </summary>
/// <remarks>
/// A source must give realization r the same field whichever partition (or machine) asks for it, so that
/// partitioned runs merge exactly.
/// </remarks>
public abstract class ScenarioGroundMotion
{
    /// <summary>Standard gravity, m/s² (PGA in g to m/s² for GB/T 17742-2020).</summary>
    private protected const double StandardGravity = 9.80665;

    private protected ScenarioGroundMotion(SiteGrid grid, double[] lnMedianPga, double[] cellIntensity)
    {
        Grid = grid;
        LnMedianPga = lnMedianPga;
        CellIntensity = cellIntensity;
    }

    /// <summary>Sites; <see cref="SiteGrid.BuildingCell"/> maps buildings to them.</summary>
    public SiteGrid Grid { get; }

    /// <summary>
    /// ln of the representative PGA (g) per site: the model's median for simulated fields, the median over the
    /// events for given fields.
    /// </summary>
    public double[] LnMedianPga { get; }

    /// <summary>GB/T 17742-2020 instrumental intensity of the representative motion per site (from PGA and PGV when
    /// PGV is known, else from PGA).</summary>
    public double[] CellIntensity { get; }

    /// <summary>The number of realizations the source holds, or null when it can draw any number.</summary>
    public abstract int? AvailableRealizations { get; }

    /// <summary>Writes ln PGA (g) of one realization at every site.</summary>
    /// <param name="realization">Realization number, ≥ 0 (and below <see cref="AvailableRealizations"/> when set).</param>
    /// <param name="lnPga">Receives one value per site (<see cref="SiteGrid.CellCount"/>).</param>
    public abstract void Field(int realization, Span<double> lnPga);

    /// <summary>Simulates the ground motion of a rupture (see <see cref="SimulatedGroundMotion.Prepare"/>).</summary>
    /// <param name="definition">A valid scenario definition with a rupture.</param>
    /// <param name="inputs">The buildings.</param>
    /// <returns>The prepared ground motion.</returns>
    public static SimulatedGroundMotion Prepare(ScenarioDefinition definition, ScenarioInputs inputs) =>
        SimulatedGroundMotion.Prepare(definition, inputs);

    /// <summary>GB/T 17742-2020 instrumental intensity from PGA and, when known, PGV.</summary>
    /// <param name="pgaG">PGA, g.</param>
    /// <param name="pgvCmS">PGV, cm/s (the unit of the models and of OpenQuake), or NaN when unknown.</param>
    /// <returns>Intensity 1.0–12.0.</returns>
    private protected static double Intensity(double pgaG, double pgvCmS) =>
        double.IsNaN(pgvCmS)
            ? Math.Clamp(ChinaIntensity.FromPga(pgaG * StandardGravity), ChinaIntensity.Minimum, ChinaIntensity.Maximum)

            // Annex A takes PGV in m/s.
            : ChinaIntensity.FromPgaPgv(pgaG * StandardGravity, pgvCmS / 100.0);
}
