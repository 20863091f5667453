using NetTopologySuite.Geometries;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Hazard;
using Seismic.Engine.Risk.Scenario;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.GeoData.Projection;
using Seismic.GeoData.Scoring;
using Seismic.GeoData.Survey;

namespace Seismic.GeoData.Scenario;

/// <summary>
/// A district GeoPackage's buildings prepared for <see cref="ScenarioRunner"/>: survey records (completed from the
/// building layer as <see cref="DistrictScorer.Load"/> does), their metric coordinates and the scenario inputs.
/// </summary>
public sealed class ScenarioDistrict
{
    /// <summary>Label of buildings outside any community or street.</summary>
    public const string Unassigned = "(none)";

    // GB 50011 class II: most of the Pearl River delta plain under Haizhu; used when a record gives neither a
    // measured Vs30 nor a site class.
    private const SiteClass DefaultSiteClass = SiteClass.II;

    private ScenarioDistrict(IReadOnlyList<SurveyEntry> entries, MetricProjection projection, ScenarioInputs inputs, string[] hazusTypes, CodeLevel[] levels)
    {
        Entries = entries;
        Projection = projection;
        Inputs = inputs;
        HazusTypes = hazusTypes;
        CodeLevels = levels;
    }

    /// <summary>Survey records, in <see cref="Inputs"/> order.</summary>
    public IReadOnlyList<SurveyEntry> Entries { get; }

    /// <summary>The metric (UTM) projection of <see cref="ScenarioInputs.XM"/> and <see cref="ScenarioInputs.YM"/>.</summary>
    public MetricProjection Projection { get; }

    /// <summary>The scenario inputs.</summary>
    public ScenarioInputs Inputs { get; }

    /// <summary>HAZUS model building type per building.</summary>
    public IReadOnlyList<string> HazusTypes { get; }

    /// <summary>HAZUS design level per building.</summary>
    public IReadOnlyList<CodeLevel> CodeLevels { get; }

    /// <summary>Loads a district GeoPackage.</summary>
    /// <param name="path">District GeoPackage with buildings (and optionally a survey layer).</param>
    /// <param name="scorer">Taxonomy, fragility and casualty tables; null for the engine's defaults.</param>
    /// <returns>The prepared district.</returns>
    public static ScenarioDistrict Load(string path, BuildingScorer? scorer = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        scorer ??= new BuildingScorer();
        var entries = DistrictScorer.Load(path);
        var n = entries.Count;
        if (n == 0)
        {
            throw new GeoDataException(path, null, "the district has no buildings; import or synthesize buildings first");
        }

        var envelope = new Envelope();
        var centroids = new Coordinate[n];
        for (var i = 0; i < n; i++)
        {
            centroids[i] = entries[i].Record.Footprint.Centroid.Coordinate;
            envelope.ExpandToInclude(centroids[i]);
        }

        var projection = MetricProjection.ForExtent(envelope);
        var x = new double[n];
        var y = new double[n];
        var vs30 = new double[n];
        var cls = new int[n];
        var day = new double[n];
        var night = new double[n];
        var residents = new double[n];
        var community = new int[n];
        var street = new int[n];
        var hazusTypes = new string[n];
        var levels = new CodeLevel[n];
        var classIndex = new Dictionary<(string, CodeLevel), int>();
        var classes = new List<ScenarioFragilityClass>();
        var communityNames = Names(entries, r => r.CommunityCode);
        var streetNames = Names(entries, r => r.StreetCode);
        for (var i = 0; i < n; i++)
        {
            var r = entries[i].Record;
            var metric = projection.ToMetric(centroids[i]);
            x[i] = metric.X;
            y[i] = metric.Y;
            vs30[i] = r.Vs30 is > 0 ? r.Vs30.Value : SiteClassVs30.RepresentativeVs30(r.SiteClass ?? DefaultSiteClass);
            var taxonomy = scorer.Taxonomy.Classify(r);
            var key = (taxonomy.FragilityType, taxonomy.CodeLevel);
            if (!classIndex.TryGetValue(key, out var c))
            {
                c = classes.Count;
                classIndex[key] = c;
                classes.Add(ScenarioFragilityClass.From(scorer.Fragility.Resolve(key.FragilityType, key.CodeLevel), scorer.Casualties));
            }

            cls[i] = c;
            hazusTypes[i] = taxonomy.FragilityType;
            levels[i] = taxonomy.CodeLevel;
            day[i] = r.OccupantsDay;
            night[i] = r.OccupantsNight;

            // Residents: the night population of dwellings (HAZUS counts displaced households of residential
            // occupancies only).
            residents[i] = r.Use == BuildingUse.Residential ? r.OccupantsNight : 0;
            community[i] = communityNames.Index[Label(r.CommunityCode)];
            street[i] = streetNames.Index[Label(r.StreetCode)];
        }

        var inputs = new ScenarioInputs(x, y, vs30, cls, day, night, residents, community, street, classes, communityNames.List, streetNames.List);
        return new ScenarioDistrict(entries, projection, inputs, hazusTypes, levels);
    }

    /// <summary>Projects an epicentre into the inputs' metric frame.</summary>
    /// <param name="lonDeg">Longitude, degrees.</param>
    /// <param name="latDeg">Latitude, degrees.</param>
    /// <returns>Easting and northing, m.</returns>
    public (double XM, double YM) ToMetric(double lonDeg, double latDeg)
    {
        var c = Projection.ToMetric(new Coordinate(lonDeg, latDeg));
        return (c.X, c.Y);
    }

    private static string Label(string code) => string.IsNullOrEmpty(code) ? Unassigned : code;

    private static (List<string> List, Dictionary<string, int> Index) Names(IReadOnlyList<SurveyEntry> entries, Func<SurveyRecord, string> code)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            set.Add(Label(code(e.Record)));
        }

        var list = set.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            index[list[i]] = i;
        }

        return (list, index);
    }
}
