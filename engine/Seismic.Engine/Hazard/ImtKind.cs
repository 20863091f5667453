namespace Seismic.Engine.Hazard;

/// <summary>The kind of an intensity measure type.</summary>
public enum ImtKind
{
    /// <summary>Peak ground acceleration, in g.</summary>
    Pga,

    /// <summary>Peak ground velocity, in cm/s.</summary>
    Pgv,

    /// <summary>5 %-damped pseudo-spectral acceleration at an oscillator period, in g.</summary>
    Sa,
}
