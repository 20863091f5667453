namespace Seismic.Engine.Risk;

/// <summary>
/// Per asset and damage state, the mean and sample standard deviation (ddof = 1) over events of the number of
/// buildings in that state. Stored flat: element [asset × DamageStateCount + state].
/// </summary>
public sealed class ScenarioDamageStatistics
{
    private readonly double[] _mean;
    private readonly double[] _stdDev;

    /// <summary>Creates the statistics over caller-filled arrays.</summary>
    /// <param name="assetCount">Number of assets.</param>
    /// <param name="damageStateCount">Damage states per asset (limit states + 1).</param>
    /// <param name="eventCount">Events the statistics run over.</param>
    /// <param name="mean">Means, assetCount × damageStateCount.</param>
    /// <param name="stdDev">Sample standard deviations, same shape.</param>
    public ScenarioDamageStatistics(int assetCount, int damageStateCount, int eventCount, double[] mean, double[] stdDev)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(stdDev);
        if (mean.Length != assetCount * damageStateCount || stdDev.Length != mean.Length)
        {
            throw new ArgumentException("Mean and standard-deviation arrays must hold assetCount × damageStateCount values.");
        }

        AssetCount = assetCount;
        DamageStateCount = damageStateCount;
        EventCount = eventCount;
        _mean = mean;
        _stdDev = stdDev;
    }

    /// <summary>Number of assets.</summary>
    public int AssetCount { get; }

    /// <summary>Damage states per asset, no damage first.</summary>
    public int DamageStateCount { get; }

    /// <summary>Number of events the statistics run over.</summary>
    public int EventCount { get; }

    /// <summary>Mean number of buildings of an asset in a damage state (NaN for an asset without a site).</summary>
    /// <param name="asset">Asset index.</param>
    /// <param name="damageState">Damage-state index, 0 = no damage.</param>
    /// <returns>The mean.</returns>
    public double Mean(int asset, int damageState) => _mean[asset * DamageStateCount + damageState];

    /// <summary>Sample standard deviation (ddof = 1) of that number; 0 when there is a single event.</summary>
    /// <param name="asset">Asset index.</param>
    /// <param name="damageState">Damage-state index.</param>
    /// <returns>The standard deviation.</returns>
    public double StdDev(int asset, int damageState) => _stdDev[asset * DamageStateCount + damageState];
}
