using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using Seismic.Engine.District;

namespace Seismic.GeoData.Projection;

/// <summary>
/// The metric coordinate system used for distances and areas of district data: the WGS 84 / UTM zone that contains
/// the centre of the data's extent (Haizhu → zone 49N, EPSG:32649). Storage stays in WGS84 lon/lat; geometries are
/// projected only to measure them.
/// </summary>
/// <remarks>
/// Transforms are created once per instance and reused for every coordinate. ProjNET does not document its transforms
/// as thread-safe, so one instance should be used by one thread at a time; create one per thread when measuring in
/// parallel (creation is cheap).
/// </remarks>
public sealed class MetricProjection
{
    // UTM grid (NIMA TM 8358.2): 60 zones of 6° from 180°W, scale factor 0.9996 on the central meridian.
    private const double UtmScaleFactor = 0.9996;

    // WGS 84 second eccentricity squared e'² = e²/(1 − e²) with f = 1/298.257223563 (NIMA TR 8350.2, table 3.1).
    private const double Wgs84SecondEccentricitySquared = 0.006739496742276;

    private static readonly CoordinateTransformationFactory TransformFactory = new();

    private readonly MathTransform _forward;
    private readonly MathTransform _inverse;
    private readonly GeometryFactory _metricFactory;

    private MetricProjection(int zone, bool north)
    {
        Zone = zone;
        IsNorth = north;
        Epsg = (north ? 32600 : 32700) + zone;
        var projected = ProjectedCoordinateSystem.WGS84_UTM(zone, north);
        var transform = TransformFactory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected);
        _forward = transform.MathTransform;
        _inverse = transform.MathTransform.Inverse();
        _metricFactory = new GeometryFactory(DistrictGeometry.Factory.PrecisionModel, Epsg,
            DistrictGeometry.Factory.CoordinateSequenceFactory);
        CentralMeridianDeg = -183 + (6 * zone);
        Name = $"WGS 84 / UTM zone {zone}{(north ? 'N' : 'S')}";
    }

    /// <summary>UTM zone number, 1–60.</summary>
    public int Zone { get; }

    /// <summary>True for the northern-hemisphere zone (false northing 0), false for the southern (10 000 km).</summary>
    public bool IsNorth { get; }

    /// <summary>EPSG code of the projected CRS: 326zz (north) or 327zz (south).</summary>
    public int Epsg { get; }

    /// <summary>EPSG name of the projected CRS, e.g. "WGS 84 / UTM zone 49N".</summary>
    public string Name { get; }

    /// <summary>Longitude of the zone's central meridian in degrees.</summary>
    public double CentralMeridianDeg { get; }

    /// <summary>The projection of a UTM zone.</summary>
    /// <param name="zone">Zone number, 1–60.</param>
    /// <param name="north">Northern (true) or southern (false) hemisphere.</param>
    public static MetricProjection ForZone(int zone, bool north)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(zone, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(zone, 60);
        return new MetricProjection(zone, north);
    }

    /// <summary>
    /// The UTM zone containing the centre of a WGS84 extent. The special zones of Norway and Svalbard are not applied:
    /// the regular 6° zone measures as well there.
    /// </summary>
    /// <param name="wgs84">Extent in degrees (X = longitude, Y = latitude); must not be null or empty.</param>
    public static MetricProjection ForExtent(Envelope wgs84)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        if (wgs84.IsNull)
        {
            throw new ArgumentException("The extent is empty; a metric projection needs a location.", nameof(wgs84));
        }

        var centre = wgs84.Centre;
        if (!double.IsFinite(centre.X) || !double.IsFinite(centre.Y) || Math.Abs(centre.Y) > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(wgs84), "The extent is not in WGS84 degrees.");
        }

        var zone = (int)Math.Floor((centre.X + 180) / 6) + 1;
        return new MetricProjection(Math.Clamp(zone, 1, 60), centre.Y >= 0);
    }

    /// <summary>The projection for a district: the UTM zone at the centre of its boundary (or of all layers when the
    /// boundary is empty).</summary>
    /// <param name="model">The district.</param>
    public static MetricProjection For(DistrictModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var extent = model.Boundary.Geometry.EnvelopeInternal.Copy();
        if (extent.IsNull)
        {
            foreach (var street in model.Streets)
            {
                extent.ExpandToInclude(street.Geometry.EnvelopeInternal);
            }

            foreach (var building in model.Buildings)
            {
                extent.ExpandToInclude(building.Footprint.EnvelopeInternal);
            }

            foreach (var road in model.Roads)
            {
                extent.ExpandToInclude(road.Geometry.EnvelopeInternal);
            }
        }

        return ForExtent(extent);
    }

    /// <summary>Projects one WGS84 coordinate (X = lon, Y = lat, degrees) to easting/northing in metres.</summary>
    /// <param name="wgs84">The coordinate.</param>
    public Coordinate ToMetric(Coordinate wgs84)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        double x = wgs84.X, y = wgs84.Y;
        _forward.Transform(ref x, ref y);
        return new Coordinate(x, y);
    }

    /// <summary>Projects one WGS84 position to easting/northing in metres, without allocating.</summary>
    /// <param name="lon">Longitude in degrees.</param>
    /// <param name="lat">Latitude in degrees.</param>
    public (double X, double Y) ToMetric(double lon, double lat)
    {
        _forward.Transform(ref lon, ref lat);
        return (lon, lat);
    }

    /// <summary>Converts one easting/northing (metres) back to WGS84 lon/lat degrees.</summary>
    /// <param name="metric">The coordinate.</param>
    public Coordinate ToWgs84(Coordinate metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        double x = metric.X, y = metric.Y;
        _inverse.Transform(ref x, ref y);
        return new Coordinate(x, y);
    }

    /// <summary>Projects a WGS84 geometry; returns a new geometry whose SRID is <see cref="Epsg"/>.</summary>
    /// <param name="wgs84">Geometry in lon/lat degrees.</param>
    public Geometry ToMetric(Geometry wgs84) => Transform(wgs84, _forward, _metricFactory);

    /// <summary>Converts a projected geometry back to WGS84; the result uses <see cref="DistrictGeometry.Factory"/>
    /// (SRID 4326).</summary>
    /// <param name="metric">Geometry in metres of this zone.</param>
    public Geometry ToWgs84(Geometry metric) => Transform(metric, _inverse, DistrictGeometry.Factory);

    /// <summary>
    /// Area of a WGS84 geometry in m². The projected area is divided by k², the square of the UTM point scale factor at
    /// the geometry's centre, which removes the grid's scale error (up to +0.2 % at a zone edge) and leaves an error
    /// well under 0.01 % for district-sized shapes.
    /// </summary>
    /// <param name="wgs84">Geometry in lon/lat degrees; lines and points have area 0.</param>
    public double AreaM2(Geometry wgs84)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        if (wgs84.IsEmpty || wgs84.Dimension < Dimension.Surface)
        {
            return 0;
        }

        var k = ScaleAtCentre(wgs84);
        return ToMetric(wgs84).Area / (k * k);
    }

    /// <summary>
    /// Length of a WGS84 geometry in metres (perimeter for polygons), corrected for the UTM point scale factor at the
    /// geometry's centre like <see cref="AreaM2"/>.
    /// </summary>
    /// <param name="wgs84">Geometry in lon/lat degrees.</param>
    public double LengthM(Geometry wgs84)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        if (wgs84.IsEmpty)
        {
            return 0;
        }

        return ToMetric(wgs84).Length / ScaleAtCentre(wgs84);
    }

    /// <summary>
    /// Point scale factor k of this zone's transverse Mercator grid at a WGS84 location (Snyder 1987, "Map
    /// Projections — A Working Manual", USGS PP 1395, eq. 8-11, terms to A⁴).
    /// </summary>
    /// <param name="lonDeg">Longitude in degrees.</param>
    /// <param name="latDeg">Latitude in degrees.</param>
    public double ScaleFactor(double lonDeg, double latDeg)
    {
        var phi = double.DegreesToRadians(latDeg);
        var cos = Math.Cos(phi);
        var tan = Math.Tan(phi);
        var a = double.DegreesToRadians(lonDeg - CentralMeridianDeg) * cos;
        var c = Wgs84SecondEccentricitySquared * cos * cos;
        var t = tan * tan;
        var a2 = a * a;
        return UtmScaleFactor * (1 + ((1 + c) * a2 / 2)
            + ((5 - (4 * t) + (42 * c) + (13 * c * c) - (28 * Wgs84SecondEccentricitySquared)) * a2 * a2 / 24));
    }

    private double ScaleAtCentre(Geometry wgs84)
    {
        var centre = wgs84.EnvelopeInternal.Centre;
        return ScaleFactor(centre.X, centre.Y);
    }

    private static Geometry Transform(Geometry source, MathTransform transform, GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(source);
        var copy = factory.CreateGeometry(source);
        copy.Apply(new TransformFilter(transform));
        copy.GeometryChanged();
        return copy;
    }

    // Transforms every coordinate sequence in place; used on a fresh copy so the input is never modified.
    private sealed class TransformFilter(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            double x = seq.GetX(i), y = seq.GetY(i);
            transform.Transform(ref x, ref y);
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
