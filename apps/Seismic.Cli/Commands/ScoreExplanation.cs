using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Buildings;
using Seismic.Engine.Vulnerability;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.GeoData.Scoring;

namespace Seismic.Cli.Commands;

/// <summary>
/// One building's scores with every part shown: the record, the taxonomy rows that matched, the FEMA 154 modifiers,
/// the HAZUS curves and casualty rates, each resilience-index term, the appraisal clause and the retrofit rank.
/// </summary>
internal static class ScoreExplanation
{
    private static readonly string[] States = ["slight", "moderate", "extensive", "complete"];

    public static void Write(TextWriter o, DistrictScores scores, int index, BuildingScorer scorer, string scenario, bool json)
    {
        var entry = scores.Entries[index];
        var r = entry.Record;
        var score = scorer.Score(r, scores.PgaG);
        var rank = scores.RetrofitRank[index];
        RetrofitRankingRow? retrofit = null;
        if (rank > 0)
        {
            retrofit = scores.Retrofit.Rows[rank - 1];
        }

        var hazus = score.Fragility.HazusType;
        var rates = new double[5, 4];
        for (var s = 0; s < 5; s++)
        {
            for (var k = 1; k <= 4; k++)
            {
                rates[s, k - 1] = scorer.Casualties.Rate(hazus, s, k);
            }
        }

        if (json)
        {
            JsonOutput.Write(o, new
            {
                BuildingId = r.Id,
                entry.Surveyed,
                Scenario = scenario,
                scores.PgaG,
                Record = new
                {
                    Footprint = r.Footprint.AsText(), r.Address, r.StreetCode, r.CommunityCode, r.StructureType, r.YearBuilt,
                    r.Storeys, r.BasementStoreys, r.HeightM, r.FloorAreaM2, r.Use, r.Importance, r.OccupantsDay,
                    r.OccupantsNight, r.DesignIntensity, r.SiteClass, r.Vs30, r.Condition, r.VerticalIrregularity,
                    r.SoftStorey, r.PlanIrregularity, r.ShortColumns, r.Pounding, r.FallingHazards, r.Surveyor,
                    SurveyDate = r.SurveyDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Photos,
                },
                Taxonomy = new
                {
                    HazusType = score.Taxonomy.HazusType.Code, score.Taxonomy.CodeLevel, score.Taxonomy.FragilityType,
                    score.Taxonomy.Fema154Type, score.Taxonomy.GemTaxonomy,
                    TypeRow = new { score.Taxonomy.TypeRow.Line, score.Taxonomy.TypeRow.StoreysMin, score.Taxonomy.TypeRow.StoreysMax },
                    CodeRule = score.Taxonomy.CodeRule,
                },
                Rvs = new
                {
                    score.Rvs.Fema154Type, score.Rvs.SoilType,
                    Contributions = Terms(score.Rvs.Contributions), score.Rvs.FinalScore, score.Rvs.DetailedEvaluationRequired,
                    score.Rvs.CollapseProbability,
                },
                Fragility = new
                {
                    score.Fragility.HazusType, score.Fragility.CodeLevel, score.Fragility.CollapseFraction, score.Fragility.Note,
                    Medians = new[] { score.Fragility.Slight.Median, score.Fragility.Moderate.Median, score.Fragility.Extensive.Median, score.Fragility.Complete.Median },
                    Betas = new[] { score.Fragility.Slight.Beta, score.Fragility.Moderate.Beta, score.Fragility.Extensive.Beta, score.Fragility.Complete.Beta },
                },
                score.Damage,
                CasualtyRates = Rows(rates),
                Casualties = score.Casualties,
                CasualtiesDay = scores.CasualtiesDay[index],
                CasualtiesNight = scores.CasualtiesNight[index],
                ResilienceDesign = new { score.Design.PgaG, score.Design.Index, score.Design.Grade, Contributions = Terms(score.Design.Contributions) },
                ResilienceRare = new { score.Rare.PgaG, score.Rare.Index, score.Rare.Grade, Contributions = Terms(score.Rare.Contributions) },
                score.Appraisal,
                Retrofit = retrofit,
                RetrofitRanked = scores.Retrofit.Rows.Count,
            });
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"building {r.Id} — {(entry.Surveyed ? $"surveyed {r.SurveyDate?.ToString("yyyy-MM-dd", inv) ?? "(no date)"} by {(r.Surveyor.Length > 0 ? r.Surveyor : "(unknown)")}" : "not surveyed: district attributes only")}");
        o.WriteLine();
        o.WriteLine("record");
        o.WriteLine(string.Create(inv, $"  {r.Address} · street {r.StreetCode} · community {r.CommunityCode}"));
        o.WriteLine(string.Create(inv, $"  structure {r.StructureType}, {r.Storeys} storeys (+{r.BasementStoreys} below ground), built {r.YearBuilt?.ToString(inv) ?? "unknown"}, height {Maybe(r.HeightM, "m")}, floor area {Maybe(r.FloorAreaM2, "m²")}"));
        o.WriteLine(string.Create(inv, $"  use {r.Use}, importance {r.Importance}, occupants day {r.OccupantsDay} / night {r.OccupantsNight}"));
        o.WriteLine(string.Create(inv, $"  design intensity {r.DesignIntensity?.ToString(inv) ?? "none"}, site class {r.SiteClass?.ToString() ?? "unknown"}, Vs30 {Maybe(r.Vs30, "m/s")}, condition {r.Condition}"));
        o.WriteLine($"  irregularities: {Irregularities(r)}");
        if (r.Photos.Count > 0)
        {
            o.WriteLine($"  photos: {string.Join("; ", r.Photos)}");
        }

        var t = score.Taxonomy;
        o.WriteLine();
        o.WriteLine("taxonomy");
        o.WriteLine(string.Create(inv, $"  HAZUS {t.HazusType.Code}, design level {t.CodeLevel}, FEMA 154 type {t.Fema154Type}, GEM {t.GemTaxonomy}"));
        o.WriteLine(string.Create(inv, $"  structure-type table line {t.TypeRow.Line}: {t.TypeRow.StructureType} {t.TypeRow.StoreysMin}–{t.TypeRow.StoreysMax} storeys → {t.TypeRow.HazusType.Code} (fragility {t.TypeRow.FragilityType}, GEM {t.TypeRow.GemMaterial}/{t.TypeRow.GemLlrs})"));
        var rule = t.CodeRule;
        var years = rule.UnknownYear ? "year unknown" : $"years {rule.YearMin?.ToString(inv) ?? "…"}–{rule.YearMax?.ToString(inv) ?? "…"}";
        o.WriteLine(string.Create(inv, $"  code-level table line {rule.Line}: {years}, design intensity {IntensityText(rule.IntensityMin)}–{IntensityText(rule.IntensityMax)} → {rule.Level}"));

        o.WriteLine();
        o.WriteLine(string.Create(inv, $"FEMA 154 rapid visual screening (soil type {score.Rvs.SoilType})"));
        foreach (var c in score.Rvs.Contributions)
        {
            o.WriteLine($"  {c}");
        }

        o.WriteLine(string.Create(inv, $"  = S {score.Rvs.FinalScore:0.##} (P(collapse) {score.Rvs.CollapseProbability:0.####}){(score.Rvs.DetailedEvaluationRequired ? $" — below the cut-off {scorer.Rvs.Options.Cutoff:0.0}: detailed evaluation required" : string.Empty)}"));

        var f = score.Fragility;
        o.WriteLine();
        o.WriteLine(string.Create(inv, $"HAZUS fragility {f.HazusType} {f.CodeLevel} (equivalent PGA, lognormal){(f.Note.Length > 0 ? " — " + f.Note : string.Empty)}"));
        LognormalFragilityCurve[] curves = [f.Slight, f.Moderate, f.Extensive, f.Complete];
        double[] p = [score.Damage.Slight, score.Damage.Moderate, score.Damage.Extensive, score.Damage.Complete];
        for (var s = 0; s < 4; s++)
        {
            o.WriteLine(string.Create(inv, $"  {States[s],-10} median {curves[s].Median:0.###} g  β {curves[s].Beta:0.##}  P(≥ {States[s]} | {scores.PgaG:0.###} g) = {p[s]:0.####}"));
        }

        o.WriteLine(string.Create(inv, $"  collapse = complete × {f.CollapseFraction:0.###} = {score.Damage.Collapse:0.#####}"));

        o.WriteLine();
        o.WriteLine($"HAZUS indoor casualty rates for {hazus} (% of occupants, severity 1 / 2 / 3 / 4)");
        for (var s = 0; s < 5; s++)
        {
            o.WriteLine(string.Create(inv, $"  {CasualtyRates.DamageStates[s],-24} {rates[s, 0] * 100:0.###} / {rates[s, 1] * 100:0.###} / {rates[s, 2] * 100:0.###} / {rates[s, 3] * 100:0.####}"));
        }

        var cas = score.Casualties;
        o.WriteLine(string.Create(inv, $"  expected among {r.PeakOccupants} peak occupants: {cas.Severity1:0.###} / {cas.Severity2:0.###} / {cas.Severity3:0.###} / {cas.Severity4:0.####} (total {cas.Total:0.###}); day {scores.CasualtiesDay[index]:0.###}, night {scores.CasualtiesNight[index]:0.###}"));

        foreach (var (name, res) in new[] { ("design earthquake", score.Design), ("rare earthquake", score.Rare) })
        {
            o.WriteLine();
            o.WriteLine(string.Create(inv, $"resilience index, {name} ({res.PgaG:0.00} g)"));
            foreach (var c in res.Contributions)
            {
                o.WriteLine($"  {c}");
            }

            o.WriteLine(string.Create(inv, $"  = {res.Index:0.#} → grade {res.Grade}"));
        }

        o.WriteLine();
        o.WriteLine($"appraisal category {score.Appraisal.Category} ({score.Appraisal.RemainingServiceLifeYears} years): {score.Appraisal.Basis}");
        o.WriteLine(retrofit is { } row
            ? string.Create(inv, $"retrofit rank {row.Rank:N0} of {scores.Retrofit.Rows.Count:N0}: cost {row.CostCny:N0} CNY, serious casualties at {scores.Retrofit.PgaG:0.00} g {row.CasualtiesNow:0.###} → {row.CasualtiesAfter:0.###}, {row.AvoidedPerMillionCny:0.###} avoided per million CNY")
            : "retrofit rank: not ranked (floor area unknown, so no cost)");
    }

    private static object[] Terms(IReadOnlyList<ScoreContribution> list)
    {
        var terms = new object[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            terms[i] = new { list[i].Factor, list[i].Points, Text = list[i].ToString() };
        }

        return terms;
    }

    private static object[] Rows(double[,] rates)
    {
        var rows = new object[5];
        for (var s = 0; s < 5; s++)
        {
            rows[s] = new { DamageState = CasualtyRates.DamageStates[s], Severity = new[] { rates[s, 0], rates[s, 1], rates[s, 2], rates[s, 3] } };
        }

        return rows;
    }

    private static string Maybe(double? value, string unit) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.#} {unit}") : "unknown";

    private static string IntensityText(int i) => i == 0 ? "none" : i.ToString(CultureInfo.InvariantCulture);

    private static string Irregularities(SurveyRecord r)
    {
        var list = new List<string>();
        if (r.SoftStorey)
        {
            list.Add("soft storey");
        }

        if (r.VerticalIrregularity != Irregularity.None)
        {
            list.Add($"vertical {r.VerticalIrregularity}".ToLowerInvariant());
        }

        if (r.PlanIrregularity)
        {
            list.Add("plan");
        }

        if (r.ShortColumns)
        {
            list.Add("short columns");
        }

        if (r.Pounding)
        {
            list.Add("pounding");
        }

        if (r.FallingHazards)
        {
            list.Add("falling hazards");
        }

        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
