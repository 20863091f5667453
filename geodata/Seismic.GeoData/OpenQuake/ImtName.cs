using System.Globalization;

namespace Seismic.GeoData.OpenQuake;

/// <summary>Canonical intensity-measure-type names so "SA(0.30)", "sa(0.3)" and "SA(0.3)" match.</summary>
internal static class ImtName
{
    public static string Normalize(string imt)
    {
        var s = imt.Trim();
        if (s.StartsWith("SA(", StringComparison.OrdinalIgnoreCase) && s.EndsWith(')'))
        {
            var inner = s[3..^1];
            if (double.TryParse(inner, NumberStyles.Float, CultureInfo.InvariantCulture, out var period))
            {
                return "SA(" + period.ToString("R", CultureInfo.InvariantCulture) + ")";
            }
        }

        return s.ToUpperInvariant();
    }
}
