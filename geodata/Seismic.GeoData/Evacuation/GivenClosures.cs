namespace Seismic.GeoData.Evacuation;

/// <summary>Closures given as inputs (field reports, a bridge authority's list): road ids and shelter ids, with reasons.</summary>
/// <param name="Roads">Closed road ids and the reason given (empty when none).</param>
/// <param name="Shelters">Closed shelter ids and the reason given.</param>
public sealed record GivenClosures(IReadOnlyDictionary<long, string> Roads, IReadOnlyDictionary<string, string> Shelters)
{
    /// <summary>No given closures.</summary>
    public static GivenClosures None { get; } = new(new Dictionary<long, string>(), new Dictionary<string, string>());
}
