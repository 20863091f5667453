namespace Seismic.GeoData.Survey;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood, 2014): a tiny seeded generator, one per building, so each record depends only
/// on the seed and the building's position and the output is identical on every machine and .NET version
/// (System.Random's algorithm is not guaranteed stable).
/// </summary>
internal struct SurveyRandom(ulong state)
{
    private ulong _state = state;

    /// <summary>A generator for one (seed, stream, salt) triple.</summary>
    public static SurveyRandom For(long seed, long stream, long salt)
    {
        var r = new SurveyRandom(unchecked((ulong)seed ^ ((ulong)stream * 0x9E3779B97F4A7C15UL) ^ ((ulong)salt * 0xD1B54A32D192ED03UL)));
        r.Next();
        return r;
    }

    public ulong Next()
    {
        var z = unchecked(_state += 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [min, max] inclusive.</summary>
    public int Int(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    /// <summary>True with probability p.</summary>
    public bool Chance(double p) => NextDouble() < p;
}
