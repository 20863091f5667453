using Seismic.Engine.Buildings;

namespace Seismic.Engine.Hazard;

/// <summary>
/// One axis of one magnitude segment of Yu et al. (2013): ln Y = A + B·Ms + C·ln(R + D·e^{E·Ms}), Y in cm/s² (PGA)
/// or cm/s (PGV), with the total sigma of ln Y (Data/gmpe/yu2013_eastern_coefficients.csv).
/// </summary>
internal sealed record Yu2013AxisCoefficients(Imt Imt, bool LargeMagnitude, bool LongAxis, double A, double B, double C, double D, double E, double Sigma)
{
    private const string Resource = "gmpe.yu2013_eastern_coefficients.csv";

    private static readonly Yu2013AxisCoefficients[] Rows = Load();

    /// <summary>The eastern-China table; read once.</summary>
    public static IReadOnlyList<Yu2013AxisCoefficients> Eastern => Rows;

    /// <summary>The coefficients of an IMT, segment and axis, or null when the IMT is not tabulated.</summary>
    public static Yu2013AxisCoefficients? Find(Imt imt, bool largeMagnitude, bool longAxis)
    {
        foreach (var row in Rows)
        {
            if (row.Imt == imt && row.LargeMagnitude == largeMagnitude && row.LongAxis == longAxis)
            {
                return row;
            }
        }

        return null;
    }

    private static Yu2013AxisCoefficients[] Load()
    {
        using var reader = EmbeddedTables.Open(Resource);
        var table = TableReader.Read(reader, Resource, "imt", "segment", "axis", "A", "B", "C", "D", "E", "sigma");
        var rows = new Yu2013AxisCoefficients[table.Rows.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var (line, f) = table.Rows[i];
            var name = table.Text(line, f, "imt");
            if (!Imt.TryParse(name, out var imt) || imt.Kind == ImtKind.Sa)
            {
                throw table.Error(line, "imt", name, "PGA or PGV");
            }

            var segment = table.Text(line, f, "segment");
            var axis = table.Text(line, f, "axis");
            rows[i] = new Yu2013AxisCoefficients(
                imt,
                segment switch { "small" => false, "large" => true, _ => throw table.Error(line, "segment", segment, "small or large") },
                axis switch { "long" => true, "short" => false, _ => throw table.Error(line, "axis", axis, "long or short") },
                table.Number(line, f, "A"), table.Number(line, f, "B"), table.Number(line, f, "C"),
                table.Number(line, f, "D"), table.Number(line, f, "E"), table.Number(line, f, "sigma"));
        }

        return rows;
    }
}
