using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class CasualtyRatesTests
{
    [Fact]
    public void PerOccupant_WeighsHazusIndoorRates_ByDamageStateProbability()
    {
        // C1L indoor rates, % (HAZUS via shared/reference/fragility/hazus_indoor_casualty_rates_pct.csv):
        // slight 0.05/0/0/0; moderate 0.25/0.03/0/0; extensive 1/0.1/0.001/0.001;
        // complete without collapse 5/1/0.01/0.01; with collapse 40/20/5/10.
        // Exceedance 0.6 / 0.3 / 0.1 / 0.05 with collapse 0.01 → states 0.3 / 0.2 / 0.05 / 0.04 (no collapse) / 0.01.
        var p = new DamageProbabilities(0.6, 0.3, 0.1, 0.05, 0.01);

        var rate = CasualtyRates.Default.PerOccupant("C1L", p);

        // Severity 1: (0.3×0.05 + 0.2×0.25 + 0.05×1 + 0.04×5 + 0.01×40) / 100 = 0.715 / 100.
        rate.Severity1.Should().BeApproximately(0.00715, 1e-12);
        // Severity 2: (0.2×0.03 + 0.05×0.1 + 0.04×1 + 0.01×20) / 100 = 0.251 / 100.
        rate.Severity2.Should().BeApproximately(0.00251, 1e-12);
        // Severity 4: (0.05×0.001 + 0.04×0.01 + 0.01×10) / 100 = 0.10045 / 100.
        rate.Severity4.Should().BeApproximately(0.0010045, 1e-12);
    }

    [Fact]
    public void Expected_ScalesRatesByOccupants()
    {
        var p = new DamageProbabilities(0.6, 0.3, 0.1, 0.05, 0.01);

        var people = CasualtyRates.Default.Expected("C1L", p, 200);

        people.Severity1.Should().BeApproximately(200 * 0.00715, 1e-10);
        people.Serious.Should().BeApproximately(people.Severity2 + people.Severity3 + people.Severity4, 1e-12);
    }

    [Fact]
    public void Load_Fails_WhenATypeMissesADamageState()
    {
        const string csv = "hazus_type,damage_state,sev1_pct,sev2_pct,sev3_pct,sev4_pct\nX1,slight,0.05,0,0,0\n";

        var act = () => CasualtyRates.Load(new StringReader(csv), "rates.csv");

        act.Should().Throw<Engine.Buildings.ReferenceTableException>().WithMessage("*X1 does not list all five damage states*");
    }
}
