namespace Seismic.Engine.Hazard.Correlation;

/// <summary>
/// Standard normal deviates by the polar method of Marsaglia and Bray (1964): draw (u, v) uniform in the square
/// (−1, 1)², keep it when s = u² + v² lies in (0, 1), and return u·f and v·f with f = √(−2 ln s / s). Only +, −, ×, ÷,
/// √ and <see cref="DeterministicMath.Log"/> are used, so the deviates are the same on every machine.
/// </summary>
internal struct GaussianStream
{
    private Xoshiro256StarStar _uniform;
    private double _spare;
    private bool _hasSpare;

    /// <summary>Creates the stream of one (seed, stream) pair.</summary>
    /// <param name="seed">The scenario seed.</param>
    /// <param name="stream">The stream, e.g. the realization number.</param>
    public GaussianStream(ulong seed, ulong stream)
    {
        _uniform = Xoshiro256StarStar.ForStream(seed, stream);
        _spare = 0;
        _hasSpare = false;
    }

    /// <summary>The next N(0, 1) deviate.</summary>
    /// <returns>The deviate.</returns>
    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u;
        double v;
        double s;
        do
        {
            u = (2.0 * _uniform.NextDouble()) - 1.0;
            v = (2.0 * _uniform.NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        var f = Math.Sqrt(-2.0 * DeterministicMath.Log(s) / s);
        _spare = v * f;
        _hasSpare = true;
        return u * f;
    }
}
