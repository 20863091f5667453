using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.GeoData.Scoring;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic score [--pga G | --intensity I] --out F.(csv|geojson|gpkg)</c> writes the score layer of every
/// building; <c>seismic score --building ID [--json]</c> explains one building's scores.
/// </summary>
internal static class ScoreCommand
{
    public static Command Build(CommandContext context)
    {
        var pga = new Option<double?>("--pga") { Description = "Scenario peak ground acceleration in g (0–3).", HelpName = "G" };
        var intensity = new Option<double?>("--intensity")
        {
            Description = "Scenario as a fortification intensity, converted to the design basic acceleration of GB 50011-2010 "
                + "table 3.2.2: 6 → 0.05 g, 7 → 0.10 g, 7.5 → 0.15 g, 8 → 0.20 g, 8.5 → 0.30 g, 9 → 0.40 g "
                + "(the design earthquake, not the rare one: use --pga 0.22 for intensity 7's rare earthquake). Default: 7.",
            HelpName = "I",
        };
        var output = new Option<string?>("--out") { Description = "Score layer to write: .csv, .geojson or .gpkg.", HelpName = "FILE" };
        var building = new Option<string?>("--building") { Description = "Explain one building's scores instead of writing the layer.", HelpName = "ID" };
        var json = GlobalOptions.Json();
        var command = new Command("score",
            "Score every building (FEMA 154 RVS, HAZUS damage and casualties, resilience index and grade, GB 50023 appraisal, "
            + "retrofit rank) and write the score layer, or explain one building with --building. Buildings without a survey row "
            + "are scored from the district attributes and marked surveyed = no.")
        {
            pga, intensity, output, building, json,
        };
        command.SetAction(parse =>
        {
            var (pgaG, label) = Scenario(parse.GetValue(pga), parse.GetValue(intensity));
            var id = parse.GetValue(building);
            var outPath = parse.GetValue(output);
            if (id is null && outPath is null)
            {
                throw new UsageException("give --out FILE.(csv|geojson|gpkg) to write the score layer, or --building ID to explain one building");
            }

            var clock = Stopwatch.StartNew();
            var path = DistrictLocator.Resolve(parse.GetValue(GlobalOptions.District));
            var entries = DistrictScorer.Load(path);
            var scorer = new BuildingScorer();
            var scores = DistrictScorer.Score(entries, pgaG, scorer);
            if (id is not null)
            {
                var index = scores.IndexOf(id);
                if (index < 0)
                {
                    throw new UsageException($"--building: no building '{id}' in {path}");
                }

                ScoreExplanation.Write(context.Out, scores, index, scorer, label, parse.GetValue(json));
                return ExitCodes.Ok;
            }

            ScoreLayerWriter.Write(scores, outPath!);
            Span<int> grades = stackalloc int[4];
            foreach (var g in scores.Grade)
            {
                grades[(int)g]++;
            }

            context.Out.WriteLine(
                Inv($"scored {scores.Count:N0} buildings at {label}: grade A {grades[0]:N0}, B {grades[1]:N0}, C {grades[2]:N0}, D {grades[3]:N0}; ")
                + Inv($"{scores.Retrofit.Rows.Count:N0} ranked for retrofit; wrote {outPath} in {clock.Elapsed.TotalSeconds:F1} s"));
            if (SurveyCoverage.UnknownStructureNote(entries) is { } note)
            {
                context.Out.WriteLine(note);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The scenario PGA and how to describe it.</summary>
    internal static (double PgaG, string Label) Scenario(double? pga, double? intensity)
    {
        if (pga is not null && intensity is not null)
        {
            throw new UsageException("give either --pga or --intensity, not both");
        }

        if (pga is { } g)
        {
            return g is >= 0 and <= 3 && double.IsFinite(g)
                ? (g, string.Create(CultureInfo.InvariantCulture, $"PGA {g:0.###} g"))
                : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--pga: {g} is outside 0–3 g"));
        }

        var i = intensity ?? 7;
        return IntensityPga.TryGetPgaG(i, out var fromTable)
            ? (fromTable, string.Create(CultureInfo.InvariantCulture, $"intensity {i} (PGA {fromTable:0.00} g, GB 50011-2010 table 3.2.2)"))
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--intensity: {i} is not one of {IntensityPga.Expected}"));
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
