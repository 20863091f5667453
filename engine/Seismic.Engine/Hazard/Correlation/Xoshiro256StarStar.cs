namespace Seismic.Engine.Hazard.Correlation;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna 2021, "Scrambled linear pseudorandom number generators", ACM TOMS
/// 47(4)), seeded by SplitMix64 (Steele, Lea and Flood 2014). Integer arithmetic only, so the stream is the same on
/// every machine; <see cref="System.Random"/> makes no such promise across .NET versions.
/// </summary>
/// <remarks>
/// Each (seed, stream) pair gets its own state: the stream number is hashed into the SplitMix64 state, so realization
/// r of a scenario can be drawn alone, in any order and on any worker of a partitioned run and still give the same
/// numbers. Streams are statistically independent for practical purposes (distinct SplitMix64 states; the generator
/// has period 2^256 − 1).
/// </remarks>
internal struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>The generator for one stream of a seed.</summary>
    /// <param name="seed">The scenario seed.</param>
    /// <param name="stream">The stream, e.g. the realization number.</param>
    /// <returns>The seeded generator.</returns>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong stream)
    {
        // Two finalised hashes so that neighbouring seeds and neighbouring streams land far apart.
        var state = Mix64(seed ^ 0x6A09E667F3BCC909UL) ^ Mix64(stream + 0xBB67AE8584CAA73BUL);
        Xoshiro256StarStar g = default;
        g._s0 = SplitMix64(ref state);
        g._s1 = SplitMix64(ref state);
        g._s2 = SplitMix64(ref state);
        g._s3 = SplitMix64(ref state);
        return g;
    }

    /// <summary>A generator in a given state (reference test vectors); the state may not be all zero.</summary>
    /// <param name="s0">State word 0.</param>
    /// <param name="s1">State word 1.</param>
    /// <param name="s2">State word 2.</param>
    /// <param name="s3">State word 3.</param>
    /// <returns>The generator.</returns>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        Xoshiro256StarStar g = default;
        g._s0 = s0;
        g._s1 = s1;
        g._s2 = s2;
        g._s3 = s3;
        return g;
    }

    /// <summary>One step of SplitMix64: advances <paramref name="state"/> and returns the next output.</summary>
    /// <param name="state">The SplitMix64 state.</param>
    /// <returns>64 well-mixed bits.</returns>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix64(state);
    }

    /// <summary>The next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    private static ulong Mix64(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
