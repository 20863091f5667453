namespace Seismic.Drills.Delivery;

/// <summary>The provider's acceptance of a message.</summary>
/// <param name="Sid">The provider's message SID.</param>
/// <param name="Status">The provider's status word (queued, sent, …).</param>
/// <param name="Segments">Billed segments.</param>
public sealed record SmsSendResult(string Sid, string Status, int Segments);
