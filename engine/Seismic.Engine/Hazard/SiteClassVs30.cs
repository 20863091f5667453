using Seismic.Engine.Buildings;

namespace Seismic.Engine.Hazard;

/// <summary>
/// Representative Vs30 for the site classes of GB 50011-2010 (Code for seismic design of buildings), table 4.1.6.
/// </summary>
/// <remarks>
/// GB 50011 classifies a site by the equivalent shear-wave velocity v_se of the top min(20 m, overburden) and the
/// overburden thickness, with velocity boundaries 800 / 500 / 250 / 150 m/s; it has no Vs30. The values here are
/// one representative velocity per class, taken inside the class's velocity band:
/// I0 (v_s &gt; 800, rock): 1000 m/s; I1 (500–800, or thin soil on rock): 650 m/s, the band's middle;
/// II (250–500 with ≥ 5 m overburden): 375 m/s, the band's middle; III (150–250 over &gt; 50 m): 200 m/s, the band's
/// middle; IV (v_se ≤ 150 over &gt; 80 m): 150 m/s, the class boundary and BSSA14's lowest calibrated Vs30.
/// v_se over 20 m is usually lower than Vs30 on soil profiles that stiffen with depth, so these values lean towards
/// stiffer sites; use a measured Vs30 where there is one.
/// </remarks>
public static class SiteClassVs30
{
    /// <summary>Vs30 for a GB 50011-2010 site class.</summary>
    /// <param name="siteClass">The site class.</param>
    /// <returns>Vs30 in m/s.</returns>
    public static double RepresentativeVs30(SiteClass siteClass) => siteClass switch
    {
        SiteClass.I0 => 1000.0,
        SiteClass.I1 => 650.0,
        SiteClass.II => 375.0,
        SiteClass.III => 200.0,
        SiteClass.IV => 150.0,
        _ => throw new ArgumentOutOfRangeException(nameof(siteClass), siteClass, "Not a GB 50011 site class."),
    };
}
