using System.Globalization;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;

namespace Seismic.GeoData.Survey;

/// <summary>
/// A deterministic survey layer for a synthetic district: one <see cref="SurveyEntry"/> per building with plausible
/// Haizhu attributes. The same model and seed give the same layer.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Design intensity by era: GBJ 11-89 (in force from 1990) made intensity 7 (0.10 g) the design level for
/// Guangzhou (GB 50011-2010 App. A.0.17); before that most masonry was built without seismic design, and some 1980s
/// buildings followed TJ 11-78 at intensity 7.</item>
/// <item>Site class mostly II and III: Haizhu lies on Pearl River delta alluvium (soft clay and silt over weathered
/// rock). Classes vary smoothly over ~500 m cells; Vs30 is drawn inside the class's band of GB 50011-2010 table
/// 4.1.6 (II: 250–500 m/s, III: 150–250, IV: below 150), and left unmeasured for a third of the buildings.</item>
/// <item>Condition worsens with age; soft storeys are common in mid-rise housing with ground-floor shops (底商);
/// dense 1985–2010 low-rise housing of the urban villages (握手楼, "handshake buildings") carries a pounding risk.</item>
/// <item>Each street has its own survey coverage (65–98 %); surveyed buildings have a surveyor, a date between
/// 2019-01-01 and 2025-12-31 and photo references "photos/&lt;id&gt;-1.jpg"; the rest are <c>Surveyed = false</c>
/// with the district attributes and the era's design intensity.</item>
/// </list>
/// </remarks>
public static class SurveySynthesizer
{
    private static readonly string[] Surveyors =
    [
        "陈志强", "李海燕", "黄伟明", "张丽娟", "梁国华", "林晓东", "何佩珊", "吴建新", "郑少华", "罗美玲", "谢永康", "冯嘉欣",
    ];

    private static readonly DateOnly FirstSurveyDay = new(2019, 1, 1);
    private static readonly int SurveyDays = new DateOnly(2025, 12, 31).DayNumber - FirstSurveyDay.DayNumber;

    /// <summary>Generates the survey layer.</summary>
    /// <param name="model">The district.</param>
    /// <param name="seed">Seed; usually the district's own.</param>
    /// <returns>One entry per building, in building order.</returns>
    public static IReadOnlyList<SurveyEntry> Generate(DistrictModel model, long seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        var coverage = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var street in model.Streets)
        {
            var r = SurveyRandom.For(seed, StableHash(street.Code), 1);
            coverage[street.Code] = r.Uniform(0.65, 0.98);
        }

        var list = new SurveyEntry[model.Buildings.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = Entry(model.Buildings[i], i, seed, coverage);
        }

        return list;
    }

    private static SurveyEntry Entry(Building b, int index, long seed, Dictionary<string, double> coverage)
    {
        var rng = SurveyRandom.For(seed, index, 2);
        var year = b.YearBuilt;
        var intensity = DesignIntensity(b, year, ref rng);
        var baseline = SurveyRecord.FromBuilding(b, intensity);
        var share = coverage.TryGetValue(b.StreetCode, out var c) ? c : 0.85;
        if (!rng.Chance(share))
        {
            return new SurveyEntry(baseline, Surveyed: false);
        }

        var at = b.Footprint.Centroid;
        var site = SiteClassAt(at.X, at.Y, seed);
        double? vs30 = rng.Chance(1.0 / 3) ? null : Math.Round(site switch
        {
            SiteClass.I1 => rng.Uniform(500, 650),
            SiteClass.II => rng.Uniform(250, 420),
            SiteClass.III => rng.Uniform(155, 250),
            _ => rng.Uniform(110, 150),
        });
        var age = year ?? 1975;
        var condition = Condition(age, ref rng);
        var storeys = baseline.Storeys;
        var midRiseHousing = b.Use is BuildingUse.Residential && storeys is >= 4 and <= 9 && age < 2005;
        var soft = rng.Chance(b.Use == BuildingUse.Retail ? 0.3 : midRiseHousing ? 0.25 : 0.04);
        var vertical = rng.NextDouble() switch
        {
            < 0.03 => Irregularity.Severe,
            < 0.13 => Irregularity.Moderate,
            _ => Irregularity.None,
        };
        var villageHousing = b.Use is BuildingUse.Residential && storeys is >= 3 and <= 9 && age is >= 1985 and <= 2010
            && b.StructureType is StructureType.Masonry or StructureType.ConfinedMasonry or StructureType.RcFrame;
        var frame = b.StructureType is StructureType.RcFrame or StructureType.FrameShearWall;
        var date = FirstSurveyDay.AddDays(rng.Int(0, SurveyDays));
        string[] photos = rng.Chance(0.4)
            ? [Photo(b.Id, 1), Photo(b.Id, 2)]
            : [Photo(b.Id, 1)];
        var record = baseline with
        {
            SiteClass = site,
            Vs30 = vs30,
            Condition = condition,
            VerticalIrregularity = vertical,
            SoftStorey = soft,
            PlanIrregularity = rng.Chance(0.12),
            ShortColumns = rng.Chance(frame && age < 2001 ? 0.08 : 0.02),
            Pounding = rng.Chance(villageHousing ? 0.45 : 0.05),
            FallingHazards = rng.Chance(age < 1990 ? 0.4 : 0.15),
            Surveyor = Surveyors[rng.Int(0, Surveyors.Length - 1)],
            SurveyDate = date,
            Photos = photos,
        };
        return new SurveyEntry(record, Surveyed: true);
    }

    // GBJ 11-89 from 1990: intensity 7 for Guangzhou. 1979–1989 (TJ 11-78): a minority designed for 7. Before 1979
    // masonry and timber had no seismic design; a few frames did.
    private static int? DesignIntensity(Building b, int? year, ref SurveyRandom rng)
    {
        var unreinforced = b.StructureType is StructureType.Masonry or StructureType.AdobeStone or StructureType.Timber;
        return year switch
        {
            null => rng.Chance(0.3) ? 7 : null,
            >= 1990 => 7,
            >= 1979 => rng.Chance(unreinforced ? 0.15 : 0.4) ? 7 : null,
            _ => rng.Chance(unreinforced ? 0.03 : 0.15) ? 7 : null,
        };
    }

    private static BuildingCondition Condition(int year, ref SurveyRandom rng)
    {
        var u = rng.NextDouble();
        (double good, double fair, double poor) = year switch
        {
            < 1980 => (0.30, 0.70, 0.95),
            < 2000 => (0.50, 0.85, 0.98),
            _ => (0.80, 0.97, 1.0),
        };
        return u < good ? BuildingCondition.Good : u < fair ? BuildingCondition.Fair : u < poor ? BuildingCondition.Poor : BuildingCondition.Dangerous;
    }

    // One class per ~500 m cell (0.005°), drawn 45 % II, 43 % III, 6 % IV, 6 % I1, so neighbours share ground.
    private static SiteClass SiteClassAt(double lon, double lat, long seed)
    {
        var cx = (long)Math.Floor(lon / 0.005);
        var cy = (long)Math.Floor(lat / 0.005);
        var r = SurveyRandom.For(seed, unchecked((cx * 73_856_093L) ^ (cy * 19_349_663L)), 3);
        return r.NextDouble() switch
        {
            < 0.45 => SiteClass.II,
            < 0.88 => SiteClass.III,
            < 0.94 => SiteClass.IV,
            _ => SiteClass.I1,
        };
    }

    private static string Photo(string id, int n) => string.Create(CultureInfo.InvariantCulture, $"photos/{id}-{n}.jpg");

    // FNV-1a over the UTF-16 code units: stable across runs, unlike string.GetHashCode.
    private static long StableHash(string text)
    {
        var h = 14_695_981_039_346_656_037UL;
        foreach (var ch in text)
        {
            h = unchecked((h ^ ch) * 1_099_511_628_211UL);
        }

        return unchecked((long)h);
    }
}
