using NetTopologySuite.Geometries;
using Seismic.Maps.Documents;
using Seismic.Maps.Projection;
using SkiaSharp;

namespace Seismic.Maps.Skia;

public sealed partial class SkiaMapRenderer
{
    private static void DrawPolygons(SKCanvas canvas, PolygonLayer layer, MapViewport viewport, MapDocument document)
    {
        using var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var geometry in layer.Geometries)
        {
            AppendAreas(path, geometry, viewport);
        }

        if (path.IsEmpty)
        {
            return;
        }

        if (layer.Style.Fill is { } fill)
        {
            using var paint = Fill(fill);
            canvas.DrawPath(path, paint);
        }

        if (layer.Style.Stroke is { } stroke && layer.Style.StrokeWidthPt > 0)
        {
            using var paint = Stroke(stroke, document.Px(layer.Style.StrokeWidthPt));
            canvas.DrawPath(path, paint);
        }
    }

    private static void DrawLines(SKCanvas canvas, LineLayer layer, MapViewport viewport, MapDocument document)
    {
        using var path = new SKPath();
        foreach (var geometry in layer.Geometries)
        {
            AppendLines(path, geometry, viewport);
        }

        if (path.IsEmpty)
        {
            return;
        }

        var style = layer.Style;
        using var dash = CreateDash(style.DashPt, document);
        if (style.CasingColor is { } casing && style.CasingWidthPt > 0)
        {
            using var paint = Stroke(casing, document.Px(style.CasingWidthPt), dash);
            canvas.DrawPath(path, paint);
        }

        using (var paint = Stroke(style.Color, document.Px(style.WidthPt), dash))
        {
            canvas.DrawPath(path, paint);
        }
    }

    private static SKPathEffect? CreateDash(IReadOnlyList<double>? dashPt, MapDocument document)
    {
        if (dashPt is null || dashPt.Count < 2)
        {
            return null;
        }

        var intervals = new float[dashPt.Count - (dashPt.Count % 2)];
        for (var i = 0; i < intervals.Length; i++)
        {
            intervals[i] = document.Px(dashPt[i]);
        }

        return SKPathEffect.CreateDash(intervals, 0);
    }

    private static void DrawPoints(SKCanvas canvas, PointLayer layer, MapViewport viewport, MapDocument document)
    {
        var style = layer.Style;
        var size = document.Px(style.SizePt);
        using var path = new SKPath();
        foreach (var point in layer.Points)
        {
            if (point.IsEmpty)
            {
                continue;
            }

            AppendMarker(path, style.Shape, viewport.PixelX(point.X), viewport.PixelY(point.Y), size);
        }

        if (path.IsEmpty)
        {
            return;
        }

        using (var paint = Fill(style.Fill))
        {
            canvas.DrawPath(path, paint);
        }

        if (style.Stroke is { } stroke && style.StrokeWidthPt > 0)
        {
            using var paint = Stroke(stroke, document.Px(style.StrokeWidthPt));
            canvas.DrawPath(path, paint);
        }
    }

    private static void AppendMarker(SKPath path, MarkerShape shape, float x, float y, float size)
    {
        var r = size / 2;
        switch (shape)
        {
            case MarkerShape.Square:
                path.AddRect(new SKRect(x - r, y - r, x + r, y + r));
                break;
            case MarkerShape.Triangle:
                path.MoveTo(x, y - r);
                path.LineTo(x + (r * 0.92f), y + (r * 0.7f));
                path.LineTo(x - (r * 0.92f), y + (r * 0.7f));
                path.Close();
                break;
            case MarkerShape.Diamond:
                path.MoveTo(x, y - r);
                path.LineTo(x + r, y);
                path.LineTo(x, y + r);
                path.LineTo(x - r, y);
                path.Close();
                break;
            default:
                path.AddCircle(x, y, r);
                break;
        }
    }

    private static void AppendAreas(SKPath path, Geometry geometry, MapViewport viewport)
    {
        switch (geometry)
        {
            case Polygon polygon:
                AppendRings(path, polygon, viewport);
                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    AppendAreas(path, collection.GetGeometryN(i), viewport);
                }

                break;
            default:
                break;
        }
    }

    private static void AppendLines(SKPath path, Geometry geometry, MapViewport viewport)
    {
        switch (geometry)
        {
            case LineString line:
                AppendSequence(path, line.CoordinateSequence, viewport, close: line.IsClosed && line is LinearRing);
                break;
            case Polygon polygon:
                AppendRings(path, polygon, viewport);
                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    AppendLines(path, collection.GetGeometryN(i), viewport);
                }

                break;
            default:
                break;
        }
    }

    private static void AppendRings(SKPath path, Polygon polygon, MapViewport viewport)
    {
        AppendSequence(path, polygon.ExteriorRing.CoordinateSequence, viewport, close: true);
        for (var i = 0; i < polygon.NumInteriorRings; i++)
        {
            AppendSequence(path, polygon.GetInteriorRingN(i).CoordinateSequence, viewport, close: true);
        }
    }

    // Hot loop (every vertex of every building): reads the sequence directly, no per-vertex objects.
    private static void AppendSequence(SKPath path, CoordinateSequence sequence, MapViewport viewport, bool close)
    {
        var count = sequence.Count;
        if (count < 2)
        {
            return;
        }

        path.MoveTo(viewport.PixelX(sequence.GetX(0)), viewport.PixelY(sequence.GetY(0)));
        for (var i = 1; i < count; i++)
        {
            path.LineTo(viewport.PixelX(sequence.GetX(i)), viewport.PixelY(sequence.GetY(i)));
        }

        if (close)
        {
            path.Close();
        }
    }
}
