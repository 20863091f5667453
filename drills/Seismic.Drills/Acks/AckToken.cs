namespace Seismic.Drills.Acks;

/// <summary>A personal acknowledgement link's token: one per person per drill (or alert), unguessable.</summary>
/// <param name="Token">At least 128 random bits, base64url without padding.</param>
/// <param name="DrillId">The drill (or <c>alert/{id}</c>).</param>
/// <param name="PersonId">The person.</param>
/// <param name="CreatedAt">When it was issued.</param>
public sealed record AckToken(string Token, string DrillId, string PersonId, DateTimeOffset CreatedAt);
