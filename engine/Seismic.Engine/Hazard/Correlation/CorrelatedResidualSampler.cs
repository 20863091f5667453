using MathNet.Numerics.LinearAlgebra;

namespace Seismic.Engine.Hazard.Correlation;

/// <summary>
/// Seeded, spatially correlated standardised residuals for one scenario: per realization one between-event deviate
/// η ~ N(0, 1) and within-event deviates ε ~ N(0, R) at every site, R the site-to-site correlation matrix of a
/// <see cref="ISpatialCorrelationModel"/>. Build once per scenario and IMT; <see cref="Sample"/> is thread-safe and
/// allocates nothing.
/// </summary>
/// <remarks>
/// <para>R = L·Lᵀ is factorised once (Cholesky, MathNet.Numerics managed provider); a realization is then
/// ε = L·z with z independent N(0, 1), which has covariance L·Lᵀ = R. Memory is n(n+1)/2 doubles for L (about 400 MB
/// at 10,000 sites) and n² transiently for the factorisation.</para>
/// <para>Reproducibility: realization r of seed s draws from its own xoshiro256** stream (see
/// <see cref="Xoshiro256StarStar"/>): η first, then z₁…zₙ, by the polar method (<see cref="GaussianStream"/>). The same
/// (seed, r) gives the same bits whatever order or partition realizations are drawn in, and on every machine, provided
/// the factorisation does too: MathNet's managed Cholesky (the engine uses no native provider) applies the same
/// scalar IEEE operations and √ to each element in a fixed order, whether or not it spreads columns over threads; the
/// model's correlations are platform-independent by contract (<see cref="ISpatialCorrelationModel"/>); and the product
/// L·z here is a plain scalar loop on purpose (vectorising it would make the summation order depend on the processor's
/// vector width).</para>
/// </remarks>
public sealed class CorrelatedResidualSampler
{
    /// <summary>Diagonal jitters tried in turn when R is numerically singular, e.g. for coincident sites (ρ = 1 on
    /// two rows). 1e-10 changes the variance of ε by 1e-10, far below sampling error.</summary>
    private static readonly double[] Jitters = [1e-10, 1e-9, 1e-8];

    // Lower-triangular Cholesky factor, row-major packed: row i holds L[i,0..i] from offset i(i+1)/2.
    private readonly double[] _lower;

    /// <summary>Builds the correlation matrix of the sites and factorises it.</summary>
    /// <param name="xM">Site easting, m, in a projected system (the caller projects).</param>
    /// <param name="yM">Site northing, m; as many values as <paramref name="xM"/>.</param>
    /// <param name="model">The spatial correlation model.</param>
    /// <param name="imt">The IMT; the model must support it.</param>
    /// <param name="seed">The scenario seed.</param>
    public CorrelatedResidualSampler(
        ReadOnlySpan<double> xM, ReadOnlySpan<double> yM, ISpatialCorrelationModel model, Imt imt, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Supports(imt))
        {
            throw new ArgumentException($"The correlation model {model.Name} does not support {imt}.", nameof(imt));
        }

        var correlation = BuildCorrelationMatrix(xM, yM, model, imt);
        var n = xM.Length;
        SiteCount = n;
        Seed = seed;
        Imt = imt;
        _lower = new double[checked(n * (n + 1) / 2)];
        DiagonalJitter = Factorise(correlation, n, _lower);
    }

    /// <summary>Number of sites.</summary>
    public int SiteCount { get; }

    /// <summary>The scenario seed.</summary>
    public ulong Seed { get; }

    /// <summary>The IMT the correlation was built for.</summary>
    public Imt Imt { get; }

    /// <summary>The value added to the diagonal of R to make it numerically positive definite: 0 unless sites nearly
    /// coincide.</summary>
    public double DiagonalJitter { get; }

    /// <summary>The site-to-site correlation matrix, n × n row-major: element (i, j) at i·n + j.</summary>
    /// <param name="xM">Site easting, m.</param>
    /// <param name="yM">Site northing, m; as many values as <paramref name="xM"/>.</param>
    /// <param name="model">The spatial correlation model.</param>
    /// <param name="imt">A supported IMT.</param>
    /// <returns>The symmetric matrix with ones on the diagonal.</returns>
    public static double[] BuildCorrelationMatrix(
        ReadOnlySpan<double> xM, ReadOnlySpan<double> yM, ISpatialCorrelationModel model, Imt imt)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (xM.Length != yM.Length)
        {
            throw new ArgumentException($"{xM.Length} x coordinates but {yM.Length} y coordinates were given.", nameof(yM));
        }

        var n = xM.Length;
        var r = new double[checked(n * n)];
        for (var i = 0; i < n; i++)
        {
            r[(i * n) + i] = 1.0;
            for (var j = 0; j < i; j++)
            {
                var dx = xM[i] - xM[j];
                var dy = yM[i] - yM[j];
                var rho = model.Correlation(Math.Sqrt((dx * dx) + (dy * dy)), imt);
                r[(i * n) + j] = rho;
                r[(j * n) + i] = rho;
            }
        }

        return r;
    }

    /// <summary>The standardised residuals of one realization.</summary>
    /// <param name="realization">The realization number; any value, in any order.</param>
    /// <param name="epsWithin">Receives ε, one value per site (exactly <see cref="SiteCount"/> values).</param>
    /// <returns>η, the between-event deviate.</returns>
    public double Sample(ulong realization, Span<double> epsWithin)
    {
        var n = SiteCount;
        if (epsWithin.Length != n)
        {
            throw new ArgumentException($"The buffer holds {epsWithin.Length} values, not one per site ({n}).", nameof(epsWithin));
        }

        var normal = new GaussianStream(Seed, realization);
        var eta = normal.Next();
        for (var i = 0; i < n; i++)
        {
            epsWithin[i] = normal.Next();
        }

        // ε = L·z in place, bottom row first: row i reads z[0..i], which rows above it have not overwritten.
        var lower = _lower;
        for (var i = n - 1; i >= 0; i--)
        {
            var row = i * (i + 1) / 2;
            var sum = 0.0;
            for (var j = 0; j <= i; j++)
            {
                sum += lower[row + j] * epsWithin[j];
            }

            epsWithin[i] = sum;
        }

        return eta;
    }

    private static double Factorise(double[] correlation, int n, double[] lower)
    {
        if (n == 0)
        {
            return 0;
        }

        var matrix = Matrix<double>.Build.Dense(n, n, (i, j) => correlation[(i * n) + j]);
        var jitter = 0.0;
        var attempt = 0;
        while (true)
        {
            if (TryCholesky(matrix, out var factor))
            {
                for (var i = 0; i < n; i++)
                {
                    var row = i * (i + 1) / 2;
                    for (var j = 0; j <= i; j++)
                    {
                        lower[row + j] = factor[i, j];
                    }
                }

                return jitter;
            }

            if (attempt == Jitters.Length)
            {
                throw new ArgumentException(
                    $"The site correlation matrix is not positive definite even with {jitter:G} added to its diagonal; remove duplicate sites.");
            }

            var add = Jitters[attempt] - jitter;
            for (var i = 0; i < n; i++)
            {
                matrix[i, i] += add;
            }

            jitter = Jitters[attempt];
            attempt++;
        }
    }

    private static bool TryCholesky(Matrix<double> matrix, out Matrix<double> factor)
    {
        try
        {
            factor = matrix.Cholesky().Factor;
            return true;
        }
        catch (ArgumentException)
        {
            // MathNet reports a matrix that is not positive definite this way; the caller adds jitter and retries.
            factor = matrix;
            return false;
        }
    }
}
