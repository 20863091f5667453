using System.Globalization;
using Seismic.Engine.Buildings;

namespace Seismic.Engine.Hazard;

/// <summary>
/// The <c>imt</c> column of the embedded ground-motion coefficient tables: "pga", "pgv", or a spectral period in
/// seconds — the layout of the published coefficient tables, shared by every model's loader.
/// </summary>
internal static class CoefficientImt
{
    /// <summary>Reads the <c>imt</c> cell of a table row; a bad value names the table, line and column.</summary>
    public static Imt Read(TableReader table, int line, string[] fields)
    {
        var name = table.Text(line, fields, "imt");
        if (name.Equals("pga", StringComparison.OrdinalIgnoreCase))
        {
            return Imt.Pga;
        }

        if (name.Equals("pgv", StringComparison.OrdinalIgnoreCase))
        {
            return Imt.Pgv;
        }

        return double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var period) && period > 0
            ? Imt.Sa(period)
            : throw table.Error(line, "imt", name, "pga, pgv or a period in seconds");
    }
}
