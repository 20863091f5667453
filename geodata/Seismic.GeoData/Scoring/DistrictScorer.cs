using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Survey;

namespace Seismic.GeoData.Scoring;

/// <summary>
/// Scores a whole district: the survey layer's records (a building without a survey row is scored from its district
/// attributes, <see cref="SurveyRecord.FromBuilding"/>, and marked unsurveyed) through
/// <see cref="BuildingScoringBatch"/> and <see cref="ScoringKernel"/>, plus the per-building columns the kernel does
/// not produce (taxonomy, casualties by day and night, appraisal category, retrofit rank).
/// </summary>
public static class DistrictScorer
{
    /// <summary>The records to score: the survey layer, completed with the district buildings it lacks.</summary>
    /// <param name="buildings">District buildings.</param>
    /// <param name="survey">Survey layer rows.</param>
    /// <returns>One entry per building, in district order, then survey rows of unknown ids.</returns>
    public static IReadOnlyList<SurveyEntry> Complete(IReadOnlyList<Building> buildings, IReadOnlyList<SurveyEntry> survey)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        ArgumentNullException.ThrowIfNull(survey);
        var byId = new Dictionary<string, SurveyEntry>(survey.Count, StringComparer.Ordinal);
        foreach (var s in survey)
        {
            byId[s.Record.Id] = s;
        }

        var list = new List<SurveyEntry>(buildings.Count);
        foreach (var b in buildings)
        {
            if (byId.Remove(b.Id, out var entry))
            {
                list.Add(entry);
            }
            else
            {
                // No survey row: the district attributes; the design intensity is the era's (GBJ 11-89 from 1990).
                list.Add(new SurveyEntry(SurveyRecord.FromBuilding(b, b.YearBuilt >= 1990 ? 7 : null), Surveyed: false));
            }
        }

        foreach (var s in survey)
        {
            if (byId.ContainsKey(s.Record.Id))
            {
                list.Add(s);
            }
        }

        return list;
    }

    /// <summary>Loads a district GeoPackage's buildings and survey layer and completes them (<see cref="Complete"/>).</summary>
    /// <param name="path">District GeoPackage.</param>
    /// <remarks>When the survey layer covers every building (the synthetic districts, a finished survey) only the
    /// survey table and the building ids are read, not the district's roads and other layers.</remarks>
    public static IReadOnlyList<SurveyEntry> Load(string path)
    {
        var survey = SurveyStore.Read(path);
        if (survey.Count > 0)
        {
            var ids = SurveyStore.BuildingIds(path);
            var covered = new HashSet<string>(survey.Count, StringComparer.Ordinal);
            foreach (var s in survey)
            {
                covered.Add(s.Record.Id);
            }

            var all = true;
            foreach (var id in ids)
            {
                all &= covered.Contains(id);
            }

            if (all && ids.Count == covered.Count)
            {
                return survey;
            }
        }

        return Complete(DistrictGeoPackage.Read(path).Buildings, survey);
    }

    /// <summary>Scores every entry at a PGA.</summary>
    /// <param name="entries">The records.</param>
    /// <param name="pgaG">Scenario PGA, g, ≥ 0.</param>
    /// <param name="scorer">Tables; null for the engine's defaults.</param>
    /// <returns>The score columns.</returns>
    public static DistrictScores Score(IReadOnlyList<SurveyEntry> entries, double pgaG, BuildingScorer? scorer = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegative(pgaG);
        scorer ??= new BuildingScorer();
        var n = entries.Count;
        var records = new SurveyRecord[n];
        for (var i = 0; i < n; i++)
        {
            records[i] = entries[i].Record;
        }

        var outputs = new ScoringOutputs(n);
        ScoringKernel.Score(BuildingScoringBatch.Create(records, scorer), pgaG, outputs);
        var scores = new DistrictScores(entries, pgaG, outputs);
        var weights = scorer.Resilience.Weights;
        var rates = new Dictionary<(string, CodeLevel), CasualtyEstimate>();
        // Many buildings share type, storeys, era, design intensity and use: classify each combination once.
        var taxonomies = new Dictionary<(Engine.District.StructureType, int, int?, int?, Engine.District.BuildingUse), BuildingTaxonomy>();
        var appraisals = new Dictionary<int, AppraisalCategory>();
        var classified = new BuildingTaxonomy[n];
        for (var i = 0; i < n; i++)
        {
            var r = records[i];
            var taxonomyKey = (r.StructureType, r.Storeys, r.YearBuilt, r.DesignIntensity, r.Use);
            if (!taxonomies.TryGetValue(taxonomyKey, out var taxonomy))
            {
                taxonomy = scorer.Taxonomy.Classify(r);
                taxonomies[taxonomyKey] = taxonomy;
            }

            classified[i] = taxonomy;
            scores.HazusType[i] = taxonomy.HazusType.Code;
            scores.CodeLevel[i] = taxonomy.CodeLevel;
            scores.GemTaxonomy[i] = taxonomy.GemTaxonomy;
            var key = (taxonomy.FragilityType, taxonomy.CodeLevel);
            if (!rates.TryGetValue(key, out var perOccupant))
            {
                var curves = scorer.Fragility.Resolve(taxonomy.FragilityType, taxonomy.CodeLevel);
                perOccupant = scorer.Casualties.PerOccupant(curves.HazusType, curves.Evaluate(pgaG));
                rates[key] = perOccupant;
            }

            scores.CasualtiesDay[i] = perOccupant.Total * r.OccupantsDay;
            scores.CasualtiesNight[i] = perOccupant.Total * r.OccupantsNight;
            scores.FatalitiesDay[i] = perOccupant.Severity4 * r.OccupantsDay;
            scores.FatalitiesNight[i] = perOccupant.Severity4 * r.OccupantsNight;
            scores.Grade[i] = weights.GradeOf(outputs.ResilienceDesign[i]);
            scores.GradeRare[i] = weights.GradeOf(outputs.ResilienceRare[i]);
            scores.DetailedEvaluation[i] = outputs.RvsScore[i] < scorer.Rvs.Options.Cutoff;
            var yearKey = r.YearBuilt ?? int.MinValue;
            if (!appraisals.TryGetValue(yearKey, out var appraisal))
            {
                appraisal = AppraisalClassifier.Classify(r.YearBuilt).Category;
                appraisals[yearKey] = appraisal;
            }

            scores.Appraisal[i] = appraisal;
        }

        var ranking = RetrofitRanker.Rank(records, classified, scorer);
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index.TryAdd(records[i].Id, i);
        }

        foreach (var row in ranking.Rows)
        {
            scores.RetrofitRank[index[row.BuildingId]] = row.Rank;
        }

        scores.Retrofit = ranking;
        return scores;
    }
}
