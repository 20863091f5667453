namespace Seismic.Drills.Delivery;

/// <summary>One SMS to send.</summary>
/// <param name="To">E.164 recipient.</param>
/// <param name="Body">Text.</param>
/// <param name="StatusCallback">Absolute URL for delivery callbacks, or null.</param>
/// <param name="IdempotencyKey">The outbox key (for logs and for providers that accept one).</param>
public sealed record SmsRequest(string To, string Body, Uri? StatusCallback, string IdempotencyKey);
