namespace Seismic.Drills.Hangfire;

/// <summary>One job a drill's schedule holds.</summary>
/// <param name="Key">What it does: <c>inject:{injectId}</c>, <c>escalate:1</c>, <c>escalate:2</c>.</param>
/// <param name="JobId">The Hangfire job id.</param>
/// <param name="FireAt">When it runs.</param>
/// <param name="Created">True when this call created it; false when an identical earlier registration was kept.</param>
public sealed record ScheduledJob(string Key, string JobId, DateTimeOffset FireAt, bool Created);
