using Seismic.Engine.Buildings;

namespace Seismic.Engine.Hazard;

/// <summary>One row of the CY14 coefficient table (Data/gmpe/cy14_coefficients.csv); names follow the paper.</summary>
internal sealed class Cy14Coefficients
{
    private const string Resource = "gmpe.cy14_coefficients.csv";

    private static readonly Cy14Coefficients[] Rows = Load();

    private Cy14Coefficients(Imt imt, Func<string, double> n)
    {
        Imt = imt;
        C1 = n("c1"); C1a = n("c1a"); C1b = n("c1b"); C1c = n("c1c"); C1d = n("c1d"); Cn = n("cn"); Cm = n("cm");
        C2 = n("c2"); C3 = n("c3"); C4 = n("c4"); C4a = n("c4a"); Crb = n("crb"); C5 = n("c5"); Chm = n("chm");
        C6 = n("c6"); C7 = n("c7"); C7b = n("c7b"); C9 = n("c9"); C9a = n("c9a"); C9b = n("c9b"); C11 = n("c11");
        C11b = n("c11b"); Cg1 = n("cg1"); Cg2 = n("cg2"); Cg3 = n("cg3"); Phi1 = n("phi1"); Phi2 = n("phi2");
        Phi3 = n("phi3"); Phi4 = n("phi4"); Phi5 = n("phi5"); Phi6 = n("phi6"); Gwn = n("gwn"); Tau1 = n("tau1");
        Tau2 = n("tau2"); Sig1 = n("sig1"); Sig2 = n("sig2"); Sig3 = n("sig3");
    }

    public static IReadOnlyList<Cy14Coefficients> Table => Rows;

    public Imt Imt { get; }
    public double C1 { get; }
    public double C1a { get; }
    public double C1b { get; }
    public double C1c { get; }
    public double C1d { get; }
    public double Cn { get; }
    public double Cm { get; }
    public double C2 { get; }
    public double C3 { get; }
    public double C4 { get; }
    public double C4a { get; }
    public double Crb { get; }
    public double C5 { get; }
    public double Chm { get; }
    public double C6 { get; }
    public double C7 { get; }
    public double C7b { get; }
    public double C9 { get; }
    public double C9a { get; }
    public double C9b { get; }
    public double C11 { get; }
    public double C11b { get; }
    public double Cg1 { get; }
    public double Cg2 { get; }
    public double Cg3 { get; }
    public double Phi1 { get; }
    public double Phi2 { get; }
    public double Phi3 { get; }
    public double Phi4 { get; }
    public double Phi5 { get; }
    public double Phi6 { get; }
    public double Gwn { get; }
    public double Tau1 { get; }
    public double Tau2 { get; }
    public double Sig1 { get; }
    public double Sig2 { get; }
    public double Sig3 { get; }

    /// <summary>The row of an IMT; SA periods must match a tabulated period (to 1e-9 s).</summary>
    public static Cy14Coefficients? Find(Imt imt)
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

    private static Cy14Coefficients[] Load()
    {
        using var reader = EmbeddedTables.Open(Resource);
        var table = TableReader.Read(reader, Resource, "imt", "c1", "cn", "cm", "c3", "cg1", "phi1", "gwn", "tau1", "sig1");
        var rows = new Cy14Coefficients[table.Rows.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var (line, f) = table.Rows[i];
            var imt = CoefficientImt.Read(table, line, f);

            rows[i] = new Cy14Coefficients(imt, column => table.Number(line, f, column));
        }

        return rows;
    }
}
