namespace Seismic.Engine.Hazard;

/// <summary>The magnitude scale a ground-motion model was regressed on.</summary>
public enum MagnitudeScale
{
    /// <summary>Moment magnitude Mw.</summary>
    Mw,

    /// <summary>Surface-wave magnitude Ms, the scale of the Chinese catalogues and of the national hazard map.</summary>
    Ms,
}
