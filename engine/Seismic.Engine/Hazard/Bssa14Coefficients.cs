using Seismic.Engine.Buildings;

namespace Seismic.Engine.Hazard;

/// <summary>One row of the BSSA14 coefficient table (Data/gmpe/bssa14_coefficients.csv); names follow the paper.</summary>
internal sealed record Bssa14Coefficients(
    Imt Imt,
    double E0, double E1, double E2, double E3, double E4, double E5, double E6, double Mh,
    double C1, double C2, double C3, double H, double Dc3,
    double C, double Vc, double F4, double F5, double F6, double F7,
    double R1, double R2, double DeltaPhiR, double DeltaPhiV, double Phi1, double Phi2, double Tau1, double Tau2)
{
    private const string Resource = "gmpe.bssa14_coefficients.csv";

    private static readonly Bssa14Coefficients[] Rows = Load();

    /// <summary>The table, PGV and PGA first, then SA by increasing period; read once.</summary>
    public static IReadOnlyList<Bssa14Coefficients> Table => Rows;

    private static Bssa14Coefficients[] Load()
    {
        using var reader = EmbeddedTables.Open(Resource);
        string[] columns =
        [
            "imt", "e0", "e1", "e2", "e3", "e4", "e5", "e6", "Mh", "c1", "c2", "c3", "h", "Dc3", "c", "Vc", "f4", "f5",
            "f6", "f7", "R1", "R2", "DfR", "DfV", "phi1", "phi2", "tau1", "tau2",
        ];
        var table = TableReader.Read(reader, Resource, columns);
        var rows = new Bssa14Coefficients[table.Rows.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var (line, f) = table.Rows[i];
            var imt = CoefficientImt.Read(table, line, f);

            double N(string column) => table.Number(line, f, column);
            rows[i] = new Bssa14Coefficients(
                imt, N("e0"), N("e1"), N("e2"), N("e3"), N("e4"), N("e5"), N("e6"), N("Mh"),
                N("c1"), N("c2"), N("c3"), N("h"), N("Dc3"), N("c"), N("Vc"), N("f4"), N("f5"), N("f6"), N("f7"),
                N("R1"), N("R2"), N("DfR"), N("DfV"), N("phi1"), N("phi2"), N("tau1"), N("tau2"));
        }

        return rows;
    }

    /// <summary>The row of an IMT; SA periods must match a tabulated period (to 1e-9 s).</summary>
    public static Bssa14Coefficients? Find(Imt imt)
    {
        foreach (var row in Rows)
        {
            if (row.Imt.Kind == imt.Kind && Math.Abs(row.Imt.PeriodS - imt.PeriodS) <= 1e-9)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Source (event) term F_E, Eq. 2: mechanism constant plus the hinged magnitude scaling.</summary>
    public double SourceTerm(double m, FaultMechanism mechanism)
    {
        var constant = mechanism switch
        {
            FaultMechanism.StrikeSlip => E1,
            FaultMechanism.Normal => E2,
            FaultMechanism.Reverse => E3,
            _ => E0,
        };
        var dm = m - Mh;
        return constant + (m <= Mh ? E4 * dm + E5 * dm * dm : E6 * dm);
    }
}
