using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Seismic.Cli.Commands.Demo;
using Seismic.Cli.Infrastructure;
using Seismic.Cli.Reporting;
using Seismic.Engine.District;
using Seismic.GeoData;
using Seismic.GeoData.Summary;
using Seismic.Maps.Builders;
using Seismic.Maps.Skia;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic demo [--out DIR]</c>: the main job end to end on the embedded Haizhu sample (or --district): load the
/// district, summarise it, draw its map and write an HTML report that links everything it wrote.
/// </summary>
internal static class DemoCommand
{
    public static Command Build(CommandContext context)
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder for the report, maps and tables.",
            DefaultValueFactory = _ => "out",
            HelpName = "DIR",
        };
        var command = new Command("demo", "Run the main job end to end on the sample district and write a report.") { output };
        command.SetAction(parse => Run(context, parse.GetValue(GlobalOptions.District), parse.GetValue(output)!));
        return command;
    }

    private static int Run(CommandContext context, string? districtOption, string outDir)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(outDir);
        var model = DistrictLocator.Load(context, districtOption);
        var summary = DistrictSummaryCalculator.Compute(model);
        DistrictSummaryText.Write(context.Out, summary, streets: false);

        var report = new HtmlReport($"{DistrictInfo.TitleOf(summary.Name, summary.NameEn)} — earthquake preparedness report");
        report.Heading("District").Paragraph(
            string.Create(CultureInfo.InvariantCulture, $"{summary.Streets} streets, {summary.Communities} communities, {summary.Buildings:N0} buildings, {summary.PopulationNight:N0} residents at night, {summary.Shelters} shelters for {summary.ShelterCapacity:N0} persons, on {summary.AreaKm2:N1} km². Source: {summary.Source}. CRS: {summary.StorageCrs}; metric computations in {summary.MetricCrs}."));

        var mapFile = Path.Combine(outDir, "district.png");
        using (var progress = context.Progress("drawing district.png"))
        {
            var document = DistrictMapBuilder.Build(model);
            AtomicFile.WriteStream(mapFile, stream => new SkiaMapRenderer().RenderPng(document, stream));
        }

        report.Image("district.png", "District map: streets, roads, bridges and tunnels, buildings, shelters and assembly points");
        report.Heading("Streets").Table(
            ["street", "English", "communities", "buildings", "residents (night)", "area km²"],
            summary.StreetRows.Select(r => (IReadOnlyList<string>)
            [
                r.Name, r.NameEn, N(r.Communities), N(r.Buildings), N(r.ResidentsNight),
                r.AreaKm2.ToString("F2", CultureInfo.InvariantCulture),
            ]));
        report.Heading("Shelters by category").Table(
            ["category", "shelters", "capacity (persons)", "usable area (ha)"],
            summary.SheltersByCategory.Select(r => (IReadOnlyList<string>)
            [
                r.Category, N(r.Count), N(r.CapacityPersons), (r.UsableAreaM2 / 1e4).ToString("F1", CultureInfo.InvariantCulture),
            ]));

        var summaryFile = Path.Combine(outDir, "district-summary.json");
        AtomicFile.Write(summaryFile, temp => File.WriteAllText(temp, System.Text.Json.JsonSerializer.Serialize(summary, JsonOutput.Options)));
        report.File("district-summary.json", "the district summary as JSON");

        // Step: building resilience scores, grade map and retrofit top 20.
        ScoreDemoStep.Run(context, model, DistrictLocator.Resolve(districtOption), outDir, report);

        // Step: an earthquake scenario (ground motion → damage → casualties → shelter demand).
        ScenarioDemoStep.Run(context, DistrictLocator.Resolve(districtOption), outDir, report);

        // Step: the night evacuation plan with shelter capacities and its clearance time with street capacity.
        var (network, plan, clearance) = EvacuationDemoStep.Run(context, model, DistrictLocator.Resolve(districtOption), outDir, report);

        // Step: the same plan after the scenario's earthquake: debris, bridges, tunnels and shelters closed.
        DamagedEvacuationDemoStep.Run(context, model, DistrictLocator.Resolve(districtOption), outDir, network, plan, clearance, report);

        // Step: a community drill run at once against the built-in SMS simulator, with its after-action report.
        DrillDemoStep.Run(context, model, DistrictLocator.Resolve(districtOption), outDir, report);

        var reportFile = Path.Combine(outDir, "index.html");
        report.Write(reportFile);
        context.Out.WriteLine();
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"map:    {Path.GetFullPath(mapFile)}"));
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"report: {Path.GetFullPath(reportFile)}  (open it in a browser; done in {clock.Elapsed.TotalSeconds:F1} s)"));
        return ExitCodes.Ok;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
