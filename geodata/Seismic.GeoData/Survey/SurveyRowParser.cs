using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using C = Seismic.GeoData.Survey.SurveyColumns;

namespace Seismic.GeoData.Survey;

/// <summary>
/// Turns one row's cells (by column name) into a <see cref="SurveyRecord"/>, checking every cell and collecting every
/// problem rather than stopping at the first, so a surveyor fixes a file in one pass.
/// </summary>
internal sealed class SurveyRowParser(DateOnly today, string unit, List<SurveyImportError> errors)
{
    /// <summary>Oldest accepted year of construction (Guangzhou's oldest surviving buildings are 19th-century).</summary>
    public const int OldestYear = 1800;

    /// <summary>Highest accepted storey count (the tallest building in China has 128).</summary>
    public const int MaxStoreys = 200;

    private static readonly IReadOnlySet<string> NoBlanks = new HashSet<string>();
    private readonly WKTReader _wkt = new(new NetTopologySuite.NtsGeometryServices(DistrictGeometry.Factory.PrecisionModel, DistrictGeometry.Wgs84Srid));
    private int _line;
    private string? _featureId;
    private bool _failed;
    private IReadOnlyDictionary<string, string> _cells = new Dictionary<string, string>();
    private HashSet<string>? _blanks;

    /// <summary>Parses a row; returns null when any cell is invalid (the problems are added to the error list).</summary>
    /// <param name="line">File line or feature number.</param>
    /// <param name="cells">Cell text by column name; absent columns are blank.</param>
    /// <param name="geometry">The feature geometry of a GeoJSON row; null for CSV (lon/lat or footprint_wkt).</param>
    /// <param name="featureId">The GeoJSON feature's "id" member, named by every error of the row; null for CSV.</param>
    public SurveyFileRow? Parse(int line, IReadOnlyDictionary<string, string> cells, Geometry? geometry, string? featureId = null) =>
        ParseRow(line, cells, geometry, featureId, locate: geometry is null);

    /// <summary>
    /// Checks the cells of a GeoJSON feature whose geometry was refused, so that its other problems are listed in the
    /// same pass; the row is not kept, and the location columns are not consulted in place of the geometry.
    /// </summary>
    /// <param name="line">Feature number.</param>
    /// <param name="cells">Cell text by column name.</param>
    /// <param name="featureId">The feature's "id" member, or null.</param>
    public void CheckCells(int line, IReadOnlyDictionary<string, string> cells, string? featureId) =>
        ParseRow(line, cells, null, featureId, locate: false);

    private SurveyFileRow? ParseRow(int line, IReadOnlyDictionary<string, string> cells, Geometry? geometry, string? featureId, bool locate)
    {
        _line = line;
        _featureId = featureId;
        _cells = cells;
        _failed = false;
        _blanks = null;

        var id = Text(C.BuildingId);
        if (id.Length == 0)
        {
            Fail(C.BuildingId, "required value missing");
        }

        var footprint = geometry ?? (locate ? Location() : null);
        var structure = Required(C.StructureType, StructureType.Other, static (string t, out StructureType v) => SurveyValueNames.TryStructure(t, out v), SurveyValueNames.StructureTypes);
        var year = RequiredInt(C.YearBuilt, OldestYear, today.Year, "is in the future");
        var storeys = RequiredInt(C.Storeys, 1, MaxStoreys, "is more than " + MaxStoreys.ToString(CultureInfo.InvariantCulture));
        var basement = OptionalInt(C.BasementStoreys, 0, 20) ?? 0;
        var height = OptionalDouble(C.HeightM, 0.5, 700);
        var area = OptionalDouble(C.FloorAreaM2, 1, 2_000_000);
        var use = Optional(C.Use, BuildingUse.Residential, static (string t, out BuildingUse v) => SurveyValueNames.TryUse(t, out v),
            "residential | school | hospital | office | retail | industrial | other");
        var defaultImportance = use is BuildingUse.School or BuildingUse.Hospital ? ImportanceCategory.Key : ImportanceCategory.Standard;
        var importance = Optional(C.Importance, defaultImportance, SurveyValueNames.TryImportance, "special | key | standard");
        var day = OptionalInt(C.OccupantsDay, 0, 100_000) ?? 0;
        var night = OptionalInt(C.OccupantsNight, 0, 100_000) ?? 0;
        var intensity = DesignIntensity();
        SiteClass? site = Blank(C.SiteClass) ? null : Optional(C.SiteClass, SiteClass.II, SurveyValueNames.TrySite, "I0 | I1 | II | III | IV");
        var vs30 = OptionalDouble(C.Vs30, 50, 3000);
        var condition = Optional(C.Condition, BuildingCondition.Good, SurveyValueNames.TryCondition, "good | fair | poor | dangerous");
        var vertical = Optional(C.VerticalIrregularity, Irregularity.None, SurveyValueNames.TryIrregularity, "none | moderate | severe");
        var soft = Flag(C.SoftStorey);
        var plan = Flag(C.PlanIrregularity);
        var shortColumns = Flag(C.ShortColumns);
        var pounding = Flag(C.Pounding);
        var falling = Flag(C.FallingHazards);
        var date = SurveyDate();
        var photos = Photos();
        Blank(C.Address);
        Blank(C.Street);
        Blank(C.Community);

        if (_failed || footprint is null)
        {
            return null;
        }

        var record = new SurveyRecord(
            id, footprint, Text(C.Address), Text(C.Street), Text(C.Community), structure, year, storeys, basement,
            height, area, use, importance, day, night, intensity, site, vs30, condition, vertical, soft, plan,
            shortColumns, pounding, falling, Text(C.Surveyor), date, photos);
        return new SurveyFileRow(line, record, _blanks ?? NoBlanks, featureId);
    }

    private delegate bool TryParse<T>(string text, out T value);

    private string Text(string column) => _cells.TryGetValue(column, out var v) ? v.Trim() : string.Empty;

    private bool Blank(string column)
    {
        if (Text(column).Length > 0)
        {
            return false;
        }

        (_blanks ??= new HashSet<string>(StringComparer.Ordinal)).Add(column);
        return true;
    }

    private void Fail(string column, string message)
    {
        _failed = true;
        errors.Add(new SurveyImportError(_line, column, message, unit, _featureId));
    }

    private Geometry? Location()
    {
        var wkt = Text(C.FootprintWkt);
        if (wkt.Length > 0)
        {
            Geometry g;
            try
            {
                g = _wkt.Read(wkt);
            }
            catch (ParseException e)
            {
                Fail(C.FootprintWkt, $"not valid WKT ({e.Message})");
                return null;
            }

            if (g is not (Polygon or MultiPolygon or Point) || g.IsEmpty)
            {
                Fail(C.FootprintWkt, $"expected a POLYGON, MULTIPOLYGON or POINT, found {g.GeometryType}");
                return null;
            }

            var e2 = g.EnvelopeInternal;
            if (e2.MinX < -180 || e2.MaxX > 180 || e2.MinY < -90 || e2.MaxY > 90)
            {
                Fail(C.FootprintWkt, "coordinates outside longitude −180…180 / latitude −90…90; the footprint must be WGS84 lon lat");
                return null;
            }

            if (!g.IsValid)
            {
                Fail(C.FootprintWkt, "the polygon is not valid (self-intersecting or unclosed ring)");
                return null;
            }

            g.SRID = DistrictGeometry.Wgs84Srid;
            return g;
        }

        var lonText = Text(C.Lon);
        var latText = Text(C.Lat);
        if (lonText.Length == 0 && latText.Length == 0)
        {
            Fail(C.Lon, "required value missing: give lon and lat (经度, 纬度) or footprint_wkt");
            return null;
        }

        var lon = Coordinate(C.Lon, lonText, 180);
        var lat = Coordinate(C.Lat, latText, 90);
        return lon is { } x && lat is { } y ? DistrictGeometry.Factory.CreatePoint(new Coordinate(x, y)) : null;
    }

    private double? Coordinate(string column, string text, double limit)
    {
        if (text.Length == 0)
        {
            Fail(column, "required value missing (lon and lat go together)");
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Fail(column, $"'{text}' is not a number");
            return null;
        }

        if (Math.Abs(value) > limit)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"{text} is outside −{limit}…{limit} (WGS84 degrees)"));
            return null;
        }

        return value;
    }

    private T Required<T>(string column, T fallback, TryParse<T> parse, string expected)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            Fail(column, "required value missing");
            return fallback;
        }

        return Parse(column, text, fallback, parse, expected);
    }

    private T Optional<T>(string column, T fallback, TryParse<T> parse, string expected) =>
        Blank(column) ? fallback : Parse(column, Text(column), fallback, parse, expected);

    private T Parse<T>(string column, string text, T fallback, TryParse<T> parse, string expected)
    {
        if (parse(text, out var value))
        {
            return value;
        }

        Fail(column, $"'{text}' is not one of {expected}");
        return fallback;
    }

    private int RequiredInt(string column, int min, int max, string aboveMessage)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            Fail(column, "required value missing");
            return min;
        }

        return Integer(column, text, min, max, aboveMessage) ?? min;
    }

    private int? OptionalInt(string column, int min, int max) =>
        Blank(column) ? null : Integer(column, Text(column), min, max, null);

    private int? Integer(string column, string text, int min, int max, string? aboveMessage)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Fail(column, $"'{text}' is not a whole number");
            return null;
        }

        if (value > max && aboveMessage is not null)
        {
            Fail(column, $"{text} {aboveMessage}");
            return null;
        }

        if (value < min || value > max)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"{text} is outside {min}…{max}"));
            return null;
        }

        return value;
    }

    private double? OptionalDouble(string column, double min, double max)
    {
        if (Blank(column))
        {
            return null;
        }

        var text = Text(column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Fail(column, $"'{text}' is not a number");
            return null;
        }

        if (value < min || value > max)
        {
            Fail(column, string.Create(CultureInfo.InvariantCulture, $"{text} is outside {min}…{max}"));
            return null;
        }

        return value;
    }

    // 设防烈度: 6–9, "none"/无/不设防 for no seismic design; blank = none known.
    private int? DesignIntensity()
    {
        if (Blank(C.DesignIntensity))
        {
            return null;
        }

        var text = Text(C.DesignIntensity);
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase) || text is "无" or "不设防" or "未设防")
        {
            return null;
        }

        var digits = text.TrimEnd('度');
        if (int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 6 and <= 9)
        {
            return value;
        }

        Fail(C.DesignIntensity, $"'{text}' is not 6, 7, 8, 9 or none");
        return null;
    }

    private bool Flag(string column) =>
        !Blank(column) && Parse(column, Text(column), false, SurveyValueNames.TryFlag, "yes | no");

    private DateOnly? SurveyDate()
    {
        if (Blank(C.SurveyDate))
        {
            return null;
        }

        var text = Text(C.SurveyDate);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(C.SurveyDate, $"'{text}' is not a date YYYY-MM-DD");
            return null;
        }

        if (date > today)
        {
            Fail(C.SurveyDate, $"{text} is in the future");
            return null;
        }

        return date;
    }

    private string[] Photos()
    {
        if (Blank(C.Photos))
        {
            return [];
        }

        var parts = Text(C.Photos).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts;
    }
}
