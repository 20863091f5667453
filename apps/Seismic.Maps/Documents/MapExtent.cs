using NetTopologySuite.Geometries;

namespace Seismic.Maps.Documents;

/// <summary>A WGS84 longitude/latitude rectangle (degrees) that the map frame must show.</summary>
/// <param name="MinLon">West edge, −180–180.</param>
/// <param name="MinLat">South edge, −90–90.</param>
/// <param name="MaxLon">East edge, greater than <paramref name="MinLon"/>.</param>
/// <param name="MaxLat">North edge, greater than <paramref name="MinLat"/>.</param>
public sealed record MapExtent(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>Longitude of the centre.</summary>
    public double CenterLon => (MinLon + MaxLon) / 2;

    /// <summary>Latitude of the centre.</summary>
    public double CenterLat => (MinLat + MaxLat) / 2;

    /// <summary>The extent of an NTS envelope (X = longitude, Y = latitude).</summary>
    /// <param name="envelope">A non-empty envelope.</param>
    public static MapExtent FromEnvelope(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.IsNull)
        {
            throw new ArgumentException("The envelope is empty; a map needs something to show.", nameof(envelope));
        }

        return new MapExtent(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
    }

    /// <summary>Throws when the extent is not a proper rectangle on the globe.</summary>
    internal void Validate()
    {
        if (!(MinLon >= -180 && MaxLon <= 180 && MinLat >= -90 && MaxLat <= 90 && MaxLon > MinLon && MaxLat > MinLat))
        {
            throw new ArgumentException(
                $"Map extent ({MinLon}, {MinLat}) – ({MaxLon}, {MaxLat}) is not a non-empty WGS84 rectangle.");
        }
    }
}
