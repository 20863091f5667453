using Seismic.Engine.Hazard;
using Seismic.Engine.Hazard.Rupture;

namespace Seismic.Engine.Tests.Hazard.Rupture;

/// <summary>Wells &amp; Coppersmith (1994) Table 2A rupture length and width.</summary>
public class WellsCoppersmith1994Tests
{
    // Hand computation, log10 = a + b·M with the Table 2A coefficients:
    // strike-slip RLD: M6 −2.57 + 0.62·6 = 1.15 → 14.125 km; M7 −2.57 + 4.34 = 1.77 → 58.884 km
    // reverse     RLD: M6 −2.42 + 3.48 = 1.06 → 11.482 km;    M7 −2.42 + 4.06 = 1.64 → 43.652 km
    // normal      RLD: M6 −1.88 + 3.00 = 1.12 → 13.183 km;    M7 −1.88 + 3.50 = 1.62 → 41.687 km
    // all         RLD: M6 −2.44 + 3.54 = 1.10 → 12.589 km;    M7 −2.44 + 4.13 = 1.69 → 48.978 km
    [Theory]
    [InlineData(6.0, FaultMechanism.StrikeSlip, 14.125)]
    [InlineData(7.0, FaultMechanism.StrikeSlip, 58.884)]
    [InlineData(6.0, FaultMechanism.Reverse, 11.482)]
    [InlineData(7.0, FaultMechanism.Reverse, 43.652)]
    [InlineData(6.0, FaultMechanism.Normal, 13.183)]
    [InlineData(7.0, FaultMechanism.Normal, 41.687)]
    [InlineData(6.0, FaultMechanism.Unspecified, 12.589)]
    [InlineData(7.0, FaultMechanism.Unspecified, 48.978)]
    public void SubsurfaceRuptureLength_MatchesTable2A(double mw, FaultMechanism mechanism, double expectedKm) =>
        WellsCoppersmith1994.SubsurfaceRuptureLengthKm(mw, mechanism).Should().BeApproximately(expectedKm, 0.001);

    // strike-slip RW: M6 −0.76 + 0.27·6 = 0.86 → 7.2444 km; M7 −0.76 + 1.89 = 1.13 → 13.490 km
    // reverse     RW: M6 −1.61 + 2.46 = 0.85 → 7.0795 km;   M7 −1.61 + 2.87 = 1.26 → 18.197 km
    // normal      RW: M6 −1.14 + 2.10 = 0.96 → 9.1201 km;   M7 −1.14 + 2.45 = 1.31 → 20.417 km
    // all         RW: M6 −1.01 + 1.92 = 0.91 → 8.1283 km;   M7 −1.01 + 2.24 = 1.23 → 16.982 km
    [Theory]
    [InlineData(6.0, FaultMechanism.StrikeSlip, 7.2444)]
    [InlineData(7.0, FaultMechanism.StrikeSlip, 13.490)]
    [InlineData(6.0, FaultMechanism.Reverse, 7.0795)]
    [InlineData(7.0, FaultMechanism.Reverse, 18.197)]
    [InlineData(6.0, FaultMechanism.Normal, 9.1201)]
    [InlineData(7.0, FaultMechanism.Normal, 20.417)]
    [InlineData(6.0, FaultMechanism.Unspecified, 8.1283)]
    [InlineData(7.0, FaultMechanism.Unspecified, 16.982)]
    public void DownDipWidth_MatchesTable2A(double mw, FaultMechanism mechanism, double expectedKm) =>
        WellsCoppersmith1994.DownDipWidthKm(mw, mechanism).Should().BeApproximately(expectedKm, 0.001);
}
