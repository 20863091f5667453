using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>
/// Greedy label collision check: a label is accepted when its box lies inside the bounds and, grown by the padding,
/// overlaps no box accepted before. Callers offer labels in priority order. Linear scan per label — maps carry at
/// most a few hundred labels, where a spatial index would not pay.
/// </summary>
internal sealed class LabelPlacer
{
    private readonly List<SKRect> _placed = [];
    private readonly SKRect _bounds;
    private readonly float _padding;

    public LabelPlacer(SKRect bounds, float padding)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(padding);
        _bounds = bounds;
        _padding = padding;
    }

    public IReadOnlyList<SKRect> Placed => _placed;

    /// <summary>Marks an area (scale bar, north arrow) as occupied without the bounds check.</summary>
    public void Reserve(SKRect rect) => _placed.Add(rect);

    /// <summary>Accepts and records <paramref name="rect"/> when it is free; otherwise leaves the state unchanged.</summary>
    public bool TryPlace(SKRect rect)
    {
        if (rect.Left < _bounds.Left || rect.Top < _bounds.Top || rect.Right > _bounds.Right || rect.Bottom > _bounds.Bottom)
        {
            return false;
        }

        var grown = SKRect.Inflate(rect, _padding, _padding);
        foreach (var other in _placed)
        {
            if (grown.IntersectsWith(other))
            {
                return false;
            }
        }

        _placed.Add(rect);
        return true;
    }
}
