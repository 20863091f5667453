namespace Seismic.Drills.Outbox;

/// <summary>
/// The state of one outbox row. Pending → Claimed → Sent → Delivered | Undelivered | Failed; a claim whose lease expires
/// without a recorded send returns to be reconciled with the provider before it is sent again.
/// </summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be claimed (possibly not before <see cref="OutboxMessage.NotBefore"/>).</summary>
    Pending,

    /// <summary>A worker holds it until <see cref="OutboxMessage.LeaseUntil"/>.</summary>
    Claimed,

    /// <summary>Accepted by the provider; <see cref="OutboxMessage.ProviderSid"/> is set.</summary>
    Sent,

    /// <summary>The provider reported delivery to the handset.</summary>
    Delivered,

    /// <summary>The provider reported it could not be delivered.</summary>
    Undelivered,

    /// <summary>Permanently failed (invalid number, opted out at the provider, retries exhausted).</summary>
    Failed,

    /// <summary>Not sent on purpose: the person opted out, or the message was cancelled.</summary>
    Suppressed,
}
