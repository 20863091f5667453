namespace Seismic.Engine.Hazard;

/// <summary>The per-site inputs a ground-motion model reads from <see cref="SiteArrays"/>.</summary>
[Flags]
public enum SiteInputs
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Time-averaged shear-wave velocity of the top 30 m.</summary>
    Vs30 = 1,

    /// <summary>Joyner–Boore distance.</summary>
    Rjb = 2,

    /// <summary>Rupture distance.</summary>
    Rrup = 4,

    /// <summary>Epicentral distance.</summary>
    Repi = 8,

    /// <summary>Hypocentral distance.</summary>
    Rhypo = 16,

    /// <summary>Horizontal distance from the top edge of the rupture, perpendicular to strike.</summary>
    Rx = 32,

    /// <summary>Azimuth of the site from the epicentre, measured from the strike.</summary>
    Azimuth = 64,
}
