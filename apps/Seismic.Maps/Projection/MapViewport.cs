using Seismic.Maps.Documents;

namespace Seismic.Maps.Projection;

/// <summary>
/// Fits a <see cref="MapExtent"/> into a pixel frame: projects with <see cref="LocalEquirectangular"/> centred on
/// the extent, scales uniformly (aspect ratio kept) so the extent plus the margin fills the frame in its tighter
/// direction, and centres it. Pixel y grows downwards.
/// </summary>
internal sealed class MapViewport
{
    public MapViewport(MapExtent extent, double left, double top, double width, double height, double marginFraction)
    {
        ArgumentNullException.ThrowIfNull(extent);
        Projection = new LocalEquirectangular(extent.CenterLon, extent.CenterLat);
        var planeWidth = Projection.X(extent.MaxLon) - Projection.X(extent.MinLon);
        var planeHeight = extent.MaxLat - extent.MinLat;
        var usable = 1 - (2 * marginFraction);
        PixelsPerUnit = Math.Min(width * usable / planeWidth, height * usable / planeHeight);
        CenterX = left + (width / 2);
        CenterY = top + (height / 2);
    }

    public LocalEquirectangular Projection { get; }

    /// <summary>Pixels per plane unit (per degree of latitude).</summary>
    public double PixelsPerUnit { get; }

    /// <summary>Ground metres per pixel at the centre latitude, the same in every direction.</summary>
    public double MetresPerPixel => Projection.MetresPerUnit / PixelsPerUnit;

    private double CenterX { get; }

    private double CenterY { get; }

    public float PixelX(double lon) => (float)(CenterX + (Projection.X(lon) * PixelsPerUnit));

    public float PixelY(double lat) => (float)(CenterY - (Projection.Y(lat) * PixelsPerUnit));
}
