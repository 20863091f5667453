namespace Seismic.Engine.Risk;

/// <summary>
/// Ground-motion values for every (intensity measure type, site, event), stored site-major so that one site's values
/// over all events are one contiguous span — the shape the damage loop reads.
/// </summary>
public sealed class GroundMotionFieldSet
{
    private readonly double[][] _values;
    private readonly string[] _imts;

    /// <summary>Creates the set.</summary>
    /// <param name="imts">Intensity measure types as OpenQuake spells them ("PGA", "SA(0.3)"), distinct.</param>
    /// <param name="siteCount">Number of sites, ≥ 0.</param>
    /// <param name="eventCount">Number of events, ≥ 1.</param>
    /// <param name="values">One array per IMT of length siteCount × eventCount, element [site × eventCount + event];
    /// values in the IMT's unit (g for PGA/SA), ≥ 0; 0 where the event produced no value at the site.</param>
    public GroundMotionFieldSet(IReadOnlyList<string> imts, int siteCount, int eventCount, IReadOnlyList<double[]> values)
    {
        ArgumentNullException.ThrowIfNull(imts);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(siteCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(eventCount, 1);
        if (values.Count != imts.Count)
        {
            throw new ArgumentException($"{imts.Count} IMTs but {values.Count} value arrays.", nameof(values));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Length != siteCount * eventCount)
            {
                throw new ArgumentException($"Values of {imts[i]} hold {values[i].Length} numbers, expected {siteCount * eventCount}.", nameof(values));
            }
        }

        _imts = [.. imts];
        _values = [.. values];
        SiteCount = siteCount;
        EventCount = eventCount;
    }

    /// <summary>The intensity measure types.</summary>
    public IReadOnlyList<string> Imts => _imts;

    /// <summary>Number of sites.</summary>
    public int SiteCount { get; }

    /// <summary>Number of events.</summary>
    public int EventCount { get; }

    /// <summary>Index of an IMT in <see cref="Imts"/>, or −1.</summary>
    /// <param name="imt">The IMT name, compared ordinally.</param>
    /// <returns>The index or −1.</returns>
    public int IndexOfImt(string imt) => Array.IndexOf(_imts, imt);

    /// <summary>One site's values of one IMT over all events.</summary>
    /// <param name="imtIndex">Index into <see cref="Imts"/>.</param>
    /// <param name="site">Site index.</param>
    /// <returns>A span of <see cref="EventCount"/> values.</returns>
    public ReadOnlySpan<double> SiteValues(int imtIndex, int site) =>
        _values[imtIndex].AsSpan(site * EventCount, EventCount);
}
