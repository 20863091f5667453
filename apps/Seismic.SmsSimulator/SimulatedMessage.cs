namespace Seismic.SmsSimulator;

/// <summary>A message the simulator accepted, as it stands now.</summary>
/// <param name="Sid">SM + 32 hex digits.</param>
/// <param name="To">E.164 recipient.</param>
/// <param name="From">The sender number, or the service number for a messaging service.</param>
/// <param name="MessagingServiceSid">The messaging service, if the request named one.</param>
/// <param name="Body">The text.</param>
/// <param name="Segments">Segments billed (GSM-7 160/153, UCS-2 70/67).</param>
/// <param name="Status">queued, sent, delivered, undelivered or failed.</param>
/// <param name="ErrorCode">Delivery error code (30003, 30008) or null.</param>
/// <param name="StatusCallback">Where status callbacks go, or null.</param>
/// <param name="CreatedAt">When the create request was accepted.</param>
/// <param name="SentAt">When it went to the handset, or null.</param>
public sealed record SimulatedMessage(
    string Sid,
    string To,
    string From,
    string? MessagingServiceSid,
    string Body,
    int Segments,
    string Status,
    int? ErrorCode,
    Uri? StatusCallback,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
