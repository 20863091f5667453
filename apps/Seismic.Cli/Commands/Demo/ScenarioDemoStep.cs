using NetTopologySuite.Geometries;
using Seismic.Cli.Infrastructure;
using Seismic.Cli.Reporting;
using Seismic.Engine.Hazard;
using Seismic.Engine.Risk.Scenario;
using Seismic.GeoData.Scenario;

namespace Seismic.Cli.Commands.Demo;

/// <summary>
/// The demo's earthquake scenario: "a magnitude-6 earthquake 15 km south-east of the district tonight" — BSSA14
/// with spatially correlated residuals, 100 seeded realizations — with its maps and the most affected communities.
/// </summary>
internal static class ScenarioDemoStep
{
    /// <summary>Mw of the demo scenario.</summary>
    private const double Magnitude = 6.0;

    /// <summary>Hypocentral depth in km, typical of the crustal events of the Pearl River delta.</summary>
    private const double DepthKm = 10;

    /// <summary>Epicentre offset from the district's centre: 15 km towards the south-east.</summary>
    private const double OffsetKm = 15;

    private const int Realizations = 100;
    private const ulong Seed = 1;
    /// <summary>The scenario's folder in the demo output, a <c>seismic scenario</c> output folder.</summary>
    internal const string Folder = "scenario";

    public static ScenarioResult Run(CommandContext context, string districtPath, string outDir, HtmlReport report)
    {
        var folder = Path.Combine(outDir, Folder);
        ScenarioResult result;
        ScenarioDistrict district;
        using (context.Progress("earthquake scenario"))
        {
            district = ScenarioDistrict.Load(districtPath);
            var inputs = district.Inputs;
            var (cx, cy) = (Average(inputs.XM), Average(inputs.YM));
            var (x, y) = (cx + OffsetKm * 1000 / Math.Sqrt(2), cy - OffsetKm * 1000 / Math.Sqrt(2));
            var epicentre = district.Projection.ToWgs84(new Coordinate(x, y));
            var rupture = new RuptureParameters(Magnitude, HypocentreDepthKm: DepthKm, EpicentreLonDeg: epicentre.X, EpicentreLatDeg: epicentre.Y);
            var definition = new ScenarioDefinition(rupture, x, y, "bssa14", Realizations, Seed, Night: true);
            result = ScenarioRunner.Run(definition, inputs);
            ScenarioOutputWriter.Write(result, district, folder);
            ScenarioMaps.Write(context, result, district, districtPath, folder);
        }

        var d = result.District;
        var def = result.Definition;
        report.Heading("Earthquake scenario").Paragraph(Inv(
            $"Mw {def.Rupture.MomentMagnitude:0.0} at ({def.Rupture.EpicentreLonDeg:0.###}, {def.Rupture.EpicentreLatDeg:0.###}), {OffsetKm:0} km south-east of the district centre, depth {DepthKm:0} km, at night; BSSA14 with Jayaram–Baker (2009) correlated within-event residuals, {def.Realizations} seeded realizations on {result.SiteCells:N0} site cells of 250 m. District means (5–95 %): collapsed buildings {S(d.Collapsed)}; buildings with at least extensive damage {S(d.AtLeastExtensive)}; deaths {S(d.Severity4)}; injured needing hospital care (severity 2–3) {S2(d)}; displaced residents needing shelter {S(d.Displaced)}."));
        report.Image($"{Folder}/ground-motion.png", "Scenario ground motion: median PGA per 250 m site cell");
        report.Image($"{Folder}/damage.png", "Scenario damage: mean probability of at least extensive damage per building");
        report.Table(
            ["community", "buildings", "residents", "intensity (mean)", "collapsed (mean)", "≥ extensive (mean)", "deaths (mean)", "displaced (mean)", "displaced (95 %)"],
            result.Communities.OrderByDescending(c => c.Displaced.Mean).Take(10).Select(c => (IReadOnlyList<string>)
            [
                c.Name, Inv($"{c.Buildings:N0}"), Inv($"{c.Residents:N0}"), Inv($"{c.Intensity.Mean:0.0}"), Inv($"{c.Collapsed.Mean:N1}"),
                Inv($"{c.AtLeastExtensive.Mean:N1}"), Inv($"{c.Severity4.Mean:N1}"), Inv($"{c.Displaced.Mean:N0}"), Inv($"{c.Displaced.P95:N0}"),
            ]));
        foreach (var file in ScenarioOutputWriter.Files)
        {
            report.File($"{Folder}/{file}", "scenario result");
        }

        context.Out.WriteLine(Inv($"scenario: Mw {Magnitude:0.0} {OffsetKm:0} km SE at night — collapsed {d.Collapsed.Mean:N0}, deaths {d.Severity4.Mean:N0}, displaced {d.Displaced.Mean:N0} (means over {def.Realizations} realizations)"));
        return result;
    }

    private static double Average(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return values.Length == 0 ? 0 : sum / values.Length;
    }

    private static string S(ScenarioStatistic s) => Inv($"{s.Mean:N0} ({s.P5:N0}–{s.P95:N0})");

    private static string S2(ScenarioAreaSummary d) => Inv($"{d.Severity2.Mean + d.Severity3.Mean:N0}");

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
