namespace Seismic.SmsSimulator;

/// <summary>A simulated reply from a handset and what became of its webhook.</summary>
/// <param name="Sid">SM + 32 hex digits.</param>
/// <param name="From">The replying handset.</param>
/// <param name="To">The number replied to.</param>
/// <param name="Body">The reply text.</param>
/// <param name="At">When it was sent.</param>
/// <param name="WebhookStatus">HTTP status the inbound webhook answered, 0 when not posted or unreachable.</param>
/// <param name="WebhookResponse">The webhook's response body (TwiML), or null.</param>
public sealed record SimulatedInbound(string Sid, string From, string To, string Body, DateTimeOffset At, int WebhookStatus, string? WebhookResponse);
