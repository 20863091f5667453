namespace Seismic.Drills.Acks;

/// <summary>A person's answer to a drill or alert.</summary>
/// <param name="DrillId">The drill (or <c>alert/{id}</c>).</param>
/// <param name="PersonId">The person.</param>
/// <param name="Kind">Safe or need help.</param>
/// <param name="Channel">SMS reply or link.</param>
/// <param name="At">When it arrived.</param>
/// <param name="Text">The reply text as received (SMS), or null.</param>
public sealed record Acknowledgement(string DrillId, string PersonId, AckKind Kind, AckChannel Channel, DateTimeOffset At, string? Text);
