namespace Seismic.Maps.Documents;

/// <summary>
/// One row of the legend: a symbol and its explanation. The symbol is whichever of <see cref="Area"/>,
/// <see cref="Line"/> and <see cref="Marker"/> are set, drawn in that order on top of each other.
/// </summary>
/// <param name="Label">The explanation, e.g. "应急避难场所 Shelter".</param>
public sealed record LegendEntry(string Label)
{
    /// <summary>An area swatch.</summary>
    public AreaStyle? Area { get; init; }

    /// <summary>A line sample.</summary>
    public LineStyle? Line { get; init; }

    /// <summary>A marker.</summary>
    public MarkerStyle? Marker { get; init; }
}
