namespace Seismic.Engine.Hazard;

/// <summary>The magnitudes a ground-motion model was calibrated for, inclusive, on the model's own scale.</summary>
/// <param name="Min">Smallest valid magnitude.</param>
/// <param name="Max">Largest valid magnitude.</param>
/// <param name="Scale">The magnitude scale of both bounds.</param>
public readonly record struct MagnitudeRange(double Min, double Max, MagnitudeScale Scale)
{
    /// <summary>True when <paramref name="magnitude"/> lies within [Min, Max].</summary>
    /// <param name="magnitude">A magnitude on <see cref="Scale"/>.</param>
    /// <returns>True when inside the range; false for NaN.</returns>
    public bool Contains(double magnitude) => magnitude >= Min && magnitude <= Max;
}
