namespace Seismic.GeoData.Synthesis;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna, 2018) seeded through SplitMix64. Used instead of <see cref="Random"/> because
/// the generated district must be identical on every machine and runtime version; System.Random's algorithm is not
/// guaranteed stable across .NET releases.
/// </summary>
internal struct SynthRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SynthRandom(long seed, long stream = 0)
    {
        // SplitMix64 expands one 64-bit seed into the 256-bit state, as the xoshiro authors recommend.
        ulong x = unchecked((ulong)seed ^ ((ulong)stream * 0x9E3779B97F4A7C15UL));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A derived, independent stream for a sub-task (a cell, a street), so work can be split freely.</summary>
    public static SynthRandom For(long seed, long stream, long salt) =>
        new(seed, unchecked((stream * 1_000_003L) + salt + 1));

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [min, max] (inclusive).</summary>
    public int Int(int min, int max) => min + (int)((NextUInt64() >> 1) % (ulong)(max - min + 1));

    /// <summary>True with probability p.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Index drawn from cumulative weights (last element = total).</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        double total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            total += weights[i];
        }

        double u = NextDouble() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
