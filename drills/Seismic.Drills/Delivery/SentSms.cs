namespace Seismic.Drills.Delivery;

/// <summary>A message the provider has on record (for reconciliation after a crash).</summary>
/// <param name="Sid">The SID.</param>
/// <param name="To">E.164 recipient.</param>
/// <param name="Body">Text as sent.</param>
/// <param name="Status">Provider status word.</param>
/// <param name="CreatedAt">When the provider created it.</param>
public sealed record SentSms(string Sid, string To, string Body, string Status, DateTimeOffset CreatedAt);
