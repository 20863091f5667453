namespace Seismic.Drills.Dispatch;

/// <summary>A real earthquake alert to the rosters of some communities.</summary>
/// <param name="Id">Stable id (the dispatch is <c>alert/{Id}</c>; sending the same id twice sends nothing new).</param>
/// <param name="Headline">Short headline, e.g. "Mw 5.8 earthquake, strong shaking expected".</param>
/// <param name="Text">The office's instruction text, put into every message.</param>
/// <param name="Communities">Target communities.</param>
/// <param name="IssuedAt">When the office issued it.</param>
public sealed record RealAlert(string Id, string Headline, string Text, IReadOnlyList<string> Communities, DateTimeOffset IssuedAt);
