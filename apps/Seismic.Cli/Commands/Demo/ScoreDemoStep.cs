using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using Seismic.Cli.Infrastructure;
using Seismic.Cli.Reporting;
using Seismic.Engine.District;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.GeoData;
using Seismic.GeoData.Scoring;
using Seismic.GeoData.Survey;
using Seismic.Maps.Builders;
using Seismic.Maps.Skia;

namespace Seismic.Cli.Commands.Demo;

/// <summary>
/// The demo's scoring step: scores every building at the design earthquake, draws the grade map
/// (score-map.png), writes the score layer (scores.csv) and the retrofit top 20 (retrofit-top20.csv) and adds
/// both to the report.
/// </summary>
internal static class ScoreDemoStep
{
    public const int TopCount = 20;

    private static readonly string[] TopHeader =
    [
        "rank", "building_id", "address", "structure_type", "year_built", "storeys", "key_category", "grade",
        "cost_cny", "serious_casualties_now", "serious_casualties_after", "avoided_per_million_cny", "cumulative_share",
    ];

    public static void Run(CommandContext context, DistrictModel model, string districtPath, string outDir, HtmlReport report)
    {
        DistrictScores scores;
        using (context.Progress("scoring buildings"))
        {
            var entries = DistrictScorer.Complete(model.Buildings, SurveyStore.Read(districtPath));
            scores = DistrictScorer.Score(entries, ResilienceIndex.DesignPgaG);
        }

        var mapFile = Path.Combine(outDir, "score-map.png");
        using (context.Progress("drawing score-map.png"))
        {
            var footprints = new Geometry[scores.Count];
            for (var i = 0; i < footprints.Length; i++)
            {
                footprints[i] = scores.Entries[i].Record.Footprint;
            }

            var document = ScoreMapBuilder.Build(model, footprints, scores.Grade,
                new MapOptions { Title = $"{model.Info.DisplayName} · 建筑抗震韧性 Building resilience" });
            AtomicFile.WriteStream(mapFile, stream => new SkiaMapRenderer().RenderPng(document, stream));
        }

        ScoreLayerWriter.Write(scores, Path.Combine(outDir, "scores.csv"));
        var rows = TopRows(scores);
        AtomicFile.Write(Path.Combine(outDir, "retrofit-top20.csv"), temp => File.WriteAllText(temp, Csv(rows), new UTF8Encoding(true)));

        Span<int> grades = stackalloc int[4];
        var surveyed = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            grades[(int)scores.Grade[i]]++;
            surveyed += scores.Entries[i].Surveyed ? 1 : 0;
        }

        report.Heading("Building resilience").Paragraph(
            Inv($"{scores.Count:N0} buildings scored at the design earthquake ({ResilienceIndex.DesignPgaG:0.00} g, intensity 7, GB 50011-2010 table 3.2.2); ")
            + Inv($"{surveyed:N0} from survey records, the rest from the district attributes. Grades: A {grades[0]:N0}, B {grades[1]:N0}, C {grades[2]:N0}, D {grades[3]:N0}. ")
            + "Index = 100 − collapse and casualty points (HAZUS) × importance − condition and irregularity penalties; FEMA 154 scores and GB 50023 appraisal categories are in scores.csv.");
        report.Image("score-map.png", "Buildings coloured by resilience grade A (green) to D (red)");
        report.Heading("Retrofit priorities (top 20)").Paragraph(
            Inv($"Ranked by expected serious casualties avoided per million CNY at the rare earthquake ({scores.Retrofit.PgaG:0.00} g) when retrofitted to high-code design; ")
            + Inv($"{scores.Retrofit.Rows.Count:N0} buildings ranked, {scores.Retrofit.Unranked.Count:N0} without a floor area left out."));
        report.Table(TopHeader, rows);
        report.File("retrofit-top20.csv", "the retrofit top 20 as CSV");
        report.File("scores.csv", "every building's scores (score layer)");
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scores: A {grades[0]:N0} · B {grades[1]:N0} · C {grades[2]:N0} · D {grades[3]:N0}; retrofit first: {(rows.Count > 0 ? rows[0][1] : "none")}"));
    }

    private static List<IReadOnlyList<string>> TopRows(DistrictScores scores)
    {
        var index = new Dictionary<string, int>(scores.Count, StringComparer.Ordinal);
        for (var i = 0; i < scores.Count; i++)
        {
            index.TryAdd(scores.Entries[i].Record.Id, i);
        }

        var inv = CultureInfo.InvariantCulture;
        var rows = new List<IReadOnlyList<string>>(TopCount);
        foreach (var row in scores.Retrofit.Rows)
        {
            if (rows.Count == TopCount)
            {
                break;
            }

            var i = index[row.BuildingId];
            var r = scores.Entries[i].Record;
            rows.Add(
            [
                row.Rank.ToString(inv), r.Id, r.Address, GeoData.GeoPackage.DistrictEnumText.ToText(r.StructureType), r.YearBuilt?.ToString(inv) ?? string.Empty,
                r.Storeys.ToString(inv), row.IsKeyCategory ? "yes" : "no", scores.Grade[i].ToString(), row.CostCny.ToString("F0", inv),
                row.CasualtiesNow.ToString("F3", inv), row.CasualtiesAfter.ToString("F3", inv), row.AvoidedPerMillionCny.ToString("F3", inv),
                row.CumulativeShare.ToString("P2", inv),
            ]);
        }

        return rows;
    }

    private static string Csv(List<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', TopHeader)).Append('\n');
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                if (c > 0)
                {
                    sb.Append(',');
                }

                var cell = row[c];
                sb.Append(cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
                    ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                    : cell);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
