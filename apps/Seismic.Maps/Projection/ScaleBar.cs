using System.Globalization;

namespace Seismic.Maps.Projection;

/// <summary>A scale bar of a round ground length (1, 2 or 5 × 10ⁿ metres) and its length on the image.</summary>
/// <param name="LengthM">Ground length in metres.</param>
/// <param name="LengthPx">Length on the image in pixels.</param>
/// <param name="Segments">Number of alternating black/white segments.</param>
internal readonly record struct ScaleBar(double LengthM, double LengthPx, int Segments)
{
    /// <summary>The longest round length that fits in <paramref name="maxLengthPx"/>.</summary>
    public static ScaleBar Choose(double metresPerPixel, double maxLengthPx)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(metresPerPixel);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLengthPx);
        var maxM = metresPerPixel * maxLengthPx;
        var decade = Math.Pow(10, Math.Floor(Math.Log10(maxM)));
        var lead = maxM / decade >= 5 ? 5 : maxM / decade >= 2 ? 2 : 1;
        var lengthM = lead * decade;
        // Four segments read well for 1 and 2 (quarters, halves of a unit); five for 5.
        return new ScaleBar(lengthM, lengthM / metresPerPixel, lead == 5 ? 5 : 4);
    }

    /// <summary>Label of a distance along the bar: metres below 1 km, kilometres from 1 km.</summary>
    public string Format(double metres) => LengthM >= 1000
        ? (metres / 1000).ToString("0.##", CultureInfo.InvariantCulture)
        : metres.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Unit of <see cref="Format"/>.</summary>
    public string Unit => LengthM >= 1000 ? "km" : "m";
}
