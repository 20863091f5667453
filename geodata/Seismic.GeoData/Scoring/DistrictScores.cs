using Seismic.Engine.Buildings;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.GeoData.Survey;

namespace Seismic.GeoData.Scoring;

/// <summary>
/// Scores of every building of a district at one PGA, as parallel arrays indexed like <see cref="Entries"/>
/// (the score layer's columns).
/// </summary>
public sealed class DistrictScores
{
    internal DistrictScores(IReadOnlyList<SurveyEntry> entries, double pgaG, ScoringOutputs outputs)
    {
        var n = entries.Count;
        Entries = entries;
        PgaG = pgaG;
        Outputs = outputs;
        HazusType = new string[n];
        CodeLevel = new CodeLevel[n];
        GemTaxonomy = new string[n];
        Grade = new ResilienceGrade[n];
        GradeRare = new ResilienceGrade[n];
        Appraisal = new AppraisalCategory[n];
        DetailedEvaluation = new bool[n];
        CasualtiesDay = new double[n];
        CasualtiesNight = new double[n];
        FatalitiesDay = new double[n];
        FatalitiesNight = new double[n];
        RetrofitRank = new int[n];
    }

    /// <summary>The buildings scored (survey rows, or district attributes for buildings without one).</summary>
    public IReadOnlyList<SurveyEntry> Entries { get; }

    /// <summary>Scenario PGA of the damage and casualty columns, g.</summary>
    public double PgaG { get; }

    /// <summary>FEMA 154 scores, damage probabilities and resilience indices from the batch kernel.</summary>
    public ScoringOutputs Outputs { get; }

    /// <summary>HAZUS model building type (e.g. "C1M").</summary>
    public string[] HazusType { get; }

    /// <summary>HAZUS design level.</summary>
    public CodeLevel[] CodeLevel { get; }

    /// <summary>GEM taxonomy string.</summary>
    public string[] GemTaxonomy { get; }

    /// <summary>Grade of the resilience index at the design earthquake (0.10 g).</summary>
    public ResilienceGrade[] Grade { get; }

    /// <summary>Grade at the rare earthquake (0.22 g).</summary>
    public ResilienceGrade[] GradeRare { get; }

    /// <summary>GB 50023-2009 appraisal category.</summary>
    public AppraisalCategory[] Appraisal { get; }

    /// <summary>FEMA 154: S below the cut-off, detailed evaluation required.</summary>
    public bool[] DetailedEvaluation { get; }

    /// <summary>Expected casualties (all HAZUS severities) among the day occupants at the scenario PGA.</summary>
    public double[] CasualtiesDay { get; }

    /// <summary>Expected casualties among the night occupants.</summary>
    public double[] CasualtiesNight { get; }

    /// <summary>Expected deaths (severity 4) by day.</summary>
    public double[] FatalitiesDay { get; }

    /// <summary>Expected deaths at night.</summary>
    public double[] FatalitiesNight { get; }

    /// <summary>Retrofit priority rank (1 = first); 0 when unranked (floor area unknown).</summary>
    public int[] RetrofitRank { get; }

    /// <summary>The retrofit ranking (benefit per cost at the rare earthquake).</summary>
    public RetrofitRanking Retrofit { get; internal set; } = new(ResilienceIndex.RarePgaG, [], []);

    /// <summary>Number of buildings.</summary>
    public int Count => Entries.Count;

    /// <summary>Index of a building id, or −1.</summary>
    /// <param name="buildingId">The id.</param>
    public int IndexOf(string buildingId)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Record.Id, buildingId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
