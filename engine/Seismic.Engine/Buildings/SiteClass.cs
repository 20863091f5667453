namespace Seismic.Engine.Buildings;

/// <summary>Site class (场地类别) per GB 50011-2010 table 4.1.6, from rock (I0) to deep soft soil (IV).</summary>
public enum SiteClass
{
    /// <summary>I0: rock, shear-wave velocity above 800 m/s.</summary>
    I0,
    /// <summary>I1: hard rock-like or stiff thin soil.</summary>
    I1,
    /// <summary>II: medium-stiff soil.</summary>
    II,
    /// <summary>III: soft-to-medium soil of large depth.</summary>
    III,
    /// <summary>IV: soft soil deeper than 80 m.</summary>
    IV,
}
