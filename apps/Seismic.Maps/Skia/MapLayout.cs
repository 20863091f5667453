using Seismic.Maps.Documents;
using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>
/// Where the parts of a map sheet go: title band on top, map frame, legend panel to the right of the frame (only
/// when the legend has rows), attribution footer at the bottom. Sizes follow the document's point sizes.
/// </summary>
/// <param name="Title">Title and subtitle band.</param>
/// <param name="Frame">The map frame.</param>
/// <param name="Legend">The legend panel; empty when there is no legend.</param>
/// <param name="Footer">Attribution band.</param>
internal sealed record MapLayout(SKRect Title, SKRect Frame, SKRect Legend, SKRect Footer)
{
    public const double TitlePt = 16;
    public const double SubtitlePt = 9;
    public const double LegendTitlePt = 9;
    public const double LegendTextPt = 7.5;
    public const double AttributionPt = 6;
    public const double MarginPt = 10;
    public const double LegendSymbolPt = 22;

    /// <param name="document">The map.</param>
    /// <param name="legendContentWidthPx">Widest legend row (symbol + text + padding) measured by the renderer.</param>
    public static MapLayout Compute(MapDocument document, float legendContentWidthPx)
    {
        float w = document.WidthPx;
        float h = document.HeightPx;
        var margin = document.Px(MarginPt);
        var titleHeight = document.Px((TitlePt * 1.35) + (document.Subtitle.Length > 0 ? SubtitlePt * 1.5 : 0));
        var title = new SKRect(margin, margin * 0.8f, w - margin, (margin * 0.8f) + titleHeight);
        var footerHeight = document.Px(AttributionPt * 2.2);
        var footer = new SKRect(margin, h - footerHeight - (margin * 0.3f), w - margin, h - (margin * 0.3f));
        var frameTop = title.Bottom + (margin * 0.4f);
        var frameBottom = footer.Top;
        var legendWidth = document.Legend.Count == 0 ? 0 : Math.Min(legendContentWidthPx, w * 0.35f);
        var frameRight = legendWidth > 0 ? w - margin - legendWidth - (margin * 0.8f) : w - margin;
        var legend = legendWidth > 0 ? new SKRect(w - margin - legendWidth, frameTop, w - margin, frameBottom) : SKRect.Empty;
        return new MapLayout(title, new SKRect(margin, frameTop, frameRight, frameBottom), legend, footer);
    }
}
