using System.Globalization;

namespace Seismic.Engine.Hazard;

/// <summary>
/// An intensity measure type: PGA (g), PGV (cm/s) or SA(T) (g, 5 % damping, period T in seconds). Spelled as
/// OpenQuake spells it: "PGA", "PGV", "SA(0.2)".
/// </summary>
public readonly record struct Imt
{
    private Imt(ImtKind kind, double periodS)
    {
        Kind = kind;
        PeriodS = periodS;
    }

    /// <summary>Peak ground acceleration.</summary>
    public static Imt Pga { get; } = new(ImtKind.Pga, 0);

    /// <summary>Peak ground velocity.</summary>
    public static Imt Pgv { get; } = new(ImtKind.Pgv, 0);

    /// <summary>The kind.</summary>
    public ImtKind Kind { get; }

    /// <summary>Oscillator period in seconds for <see cref="ImtKind.Sa"/>; 0 for PGA and PGV.</summary>
    public double PeriodS { get; }

    /// <summary>Unit of the median: "g" for PGA and SA, "cm/s" for PGV.</summary>
    public string Unit => Kind == ImtKind.Pgv ? "cm/s" : "g";

    /// <summary>Spectral acceleration at a period.</summary>
    /// <param name="periodS">Oscillator period in seconds, finite and &gt; 0.</param>
    /// <returns>The IMT.</returns>
    public static Imt Sa(double periodS)
    {
        if (!(periodS > 0) || double.IsInfinity(periodS))
        {
            throw new ArgumentOutOfRangeException(nameof(periodS), periodS, "The period must be a positive number of seconds.");
        }

        return new Imt(ImtKind.Sa, periodS);
    }

    /// <summary>Parses "PGA", "PGV" or "SA(T)" (case-insensitive, T in seconds with a '.' decimal point).</summary>
    /// <param name="text">The text.</param>
    /// <param name="imt">The IMT when the text is valid.</param>
    /// <returns>True when the text names an IMT.</returns>
    public static bool TryParse(string? text, out Imt imt)
    {
        imt = default;
        if (text is null)
        {
            return false;
        }

        var t = text.Trim();
        if (t.Equals("PGA", StringComparison.OrdinalIgnoreCase))
        {
            imt = Pga;
            return true;
        }

        if (t.Equals("PGV", StringComparison.OrdinalIgnoreCase))
        {
            imt = Pgv;
            return true;
        }

        if (t.Length > 4 && t.StartsWith("SA(", StringComparison.OrdinalIgnoreCase) && t.EndsWith(')')
            && double.TryParse(t.AsSpan(3, t.Length - 4), NumberStyles.Float, CultureInfo.InvariantCulture, out var period)
            && period > 0 && !double.IsInfinity(period))
        {
            imt = new Imt(ImtKind.Sa, period);
            return true;
        }

        return false;
    }

    /// <summary>The OpenQuake spelling: "PGA", "PGV", "SA(0.2)", "SA(1.0)".</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Kind switch
    {
        ImtKind.Pga => "PGA",
        ImtKind.Pgv => "PGV",
        _ => "SA(" + PeriodS.ToString("0.0###########", CultureInfo.InvariantCulture) + ")",
    };
}
