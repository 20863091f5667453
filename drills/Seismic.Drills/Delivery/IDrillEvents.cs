using Seismic.Drills.Acks;

namespace Seismic.Drills.Delivery;

/// <summary>Events from outside — provider callbacks, inbound SMS, the acknowledgement page — applied to the stores.</summary>
public interface IDrillEvents
{
    /// <summary>A provider status callback (already signature-checked by the web layer).</summary>
    /// <param name="providerSid">MessageSid.</param>
    /// <param name="status">MessageStatus (queued, sent, delivered, undelivered, failed, …).</param>
    /// <param name="errorCode">ErrorCode, if any; 21610 marks the person opted out.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task OnDeliveryStatusAsync(string providerSid, string status, string? errorCode, CancellationToken cancellationToken = default);

    /// <summary>An inbound SMS (already signature-checked): an answer (1/2/到/收到/求助) or STOP/START.</summary>
    /// <param name="from">The sender, E.164.</param>
    /// <param name="body">The text.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The outcome and reply.</returns>
    Task<InboundResult> OnInboundSmsAsync(string from, string body, CancellationToken cancellationToken = default);

    /// <summary>What the acknowledgement page shows for a token.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The view, or null for an unknown token.</returns>
    Task<AckLinkView?> ViewLinkAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Records a one-tap answer from the acknowledgement page.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="kind">Safe or need help.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The view after recording, or null for an unknown token.</returns>
    Task<AckLinkView?> AcknowledgeByLinkAsync(string token, AckKind kind, CancellationToken cancellationToken = default);
}
