using Seismic.Engine.Hazard;
using Seismic.Engine.Hazard.Correlation;
using Seismic.Engine.Hazard.Rupture;
using Seismic.Engine.Hazard.Sites;

namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// Ground motion simulated from a rupture: the 250 m site grid over the buildings, the model's median ln PGA and its
/// between/within-event sigmas per cell, and the correlated-field simulator. Every partition (on any machine)
/// rebuilds the same object from the same definition and inputs, then draws realization r from the simulator's
/// (seed, r) stream, so realizations do not depend on which partition computes them.
/// </summary>
public sealed class SimulatedGroundMotion : ScenarioGroundMotion
{
    private SimulatedGroundMotion(
        SiteGrid grid, IGroundMotionModel model, double[] lnMedian, double[] tau, double[] phi, double[] intensity,
        GroundMotionFieldSimulator simulator)
        : base(grid, lnMedian, intensity)
    {
        Model = model;
        Tau = tau;
        Phi = phi;
        Simulator = simulator;
    }

    /// <summary>The ground-motion model.</summary>
    public IGroundMotionModel Model { get; }

    /// <summary>Between-event standard deviation of ln PGA per cell.</summary>
    public double[] Tau { get; }

    /// <summary>Within-event standard deviation of ln PGA per cell.</summary>
    public double[] Phi { get; }

    /// <summary>The correlated-field simulator (median-only when the definition asks for it).</summary>
    public GroundMotionFieldSimulator Simulator { get; }

    /// <inheritdoc/>
    public override int? AvailableRealizations => null;

    /// <inheritdoc/>
    public override void Field(int realization, Span<double> lnPga)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(realization);
        Simulator.Generate((ulong)realization, LnMedianPga, Tau, Phi, lnPga);
    }

    /// <summary>Computes the site grid, medians and sigmas and prepares the simulator.</summary>
    /// <param name="definition">A valid scenario definition with a rupture.</param>
    /// <param name="inputs">The buildings.</param>
    /// <returns>The prepared ground motion.</returns>
    public static new SimulatedGroundMotion Prepare(ScenarioDefinition definition, ScenarioInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(inputs);
        if (definition.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(definition));
        }

        if (definition.GivenFields is not null)
        {
            throw new ArgumentException("The definition names given ground-motion fields; it has no rupture to simulate.", nameof(definition));
        }

        GroundMotionModels.TryGet(definition.ModelName, out var model);
        var grid = SiteGrid.Build(inputs.XM, inputs.YM, inputs.Vs30);
        var n = grid.CellCount;
        var east = new double[n];
        var north = new double[n];
        for (var k = 0; k < n; k++)
        {
            east[k] = grid.CentreXM[k] - definition.EpicentreXM;
            north[k] = grid.CentreYM[k] - definition.EpicentreYM;
        }

        var repi = new double[n];
        var rhypo = new double[n];
        var rjb = new double[n];
        var rrup = new double[n];
        var rx = new double[n];
        var azimuth = new double[n];
        FiniteRuptureDistances.Compute(FiniteRupture.CentredOnHypocentre(definition.Rupture), east, north, repi, rhypo, rjb, rrup, rx);
        for (var k = 0; k < n; k++)
        {
            azimuth[k] = (double.RadiansToDegrees(Math.Atan2(east[k], north[k])) + 360.0) % 360.0;
        }

        var sites = new SiteArrays(n)
        {
            Vs30 = grid.Vs30, Repi = repi, Rhypo = rhypo, Rjb = rjb, Rrup = rrup, Rx = rx, AzimuthDeg = azimuth,
        };
        var lnMedian = new double[n];
        var sigma = new double[n];
        var tau = new double[n];
        var phi = new double[n];
        model!.Evaluate(definition.Rupture, Imt.Pga, sites, lnMedian, sigma, tau, phi);

        var intensity = new double[n];
        double[]? lnPgv = null;
        if (model.Supports(Imt.Pgv))
        {
            lnPgv = new double[n];
            model.Evaluate(definition.Rupture, Imt.Pgv, sites, lnPgv, sigma, new double[n], new double[n]);
        }

        for (var k = 0; k < n; k++)
        {
            intensity[k] = Intensity(Math.Exp(lnMedian[k]), lnPgv is null ? double.NaN : Math.Exp(lnPgv[k]));
        }

        var simulator = definition.MedianOnly
            ? GroundMotionFieldSimulator.MedianOnly(n)
            : new GroundMotionFieldSimulator(new CorrelatedResidualSampler(
                grid.CentreXM, grid.CentreYM, new JayaramBaker2009Correlation(), Imt.Pga, definition.Seed));
        return new SimulatedGroundMotion(grid, model, lnMedian, tau, phi, intensity, simulator);
    }
}
