using Seismic.Drills.Plans;

namespace Seismic.Drills.Outbox;

/// <summary>One message to one recipient: a row of the persistent outbox.</summary>
/// <param name="Id">Store-assigned row id (0 before it is enqueued).</param>
/// <param name="IdempotencyKey">Unique per recipient per message: <c>{DispatchId}:{PersonId}</c>. Enqueuing the same key twice is a no-op.</param>
/// <param name="DispatchId">The send this row belongs to: <c>{drillId}/{injectId}</c>, or <c>alert/{alertId}</c>.</param>
/// <param name="PersonId">The roster person.</param>
/// <param name="To">E.164 number.</param>
/// <param name="Body">The rendered text (already personalised and marked 【演练】 for exercises).</param>
/// <param name="Kind">The inject kind that produced it.</param>
/// <param name="Status">Current state.</param>
/// <param name="Attempts">Send attempts so far.</param>
/// <param name="NotBefore">Not to be sent before this instant (quiet hours, retry backoff, scheduled injects).</param>
/// <param name="CreatedAt">When it was enqueued.</param>
/// <param name="ClaimedBy">The worker holding or last holding the claim.</param>
/// <param name="LeaseUntil">The claim's expiry; after it another worker may reconcile and take over.</param>
/// <param name="ProviderSid">The provider's message SID once sent.</param>
/// <param name="SentAt">When the provider accepted it.</param>
/// <param name="DeliveredAt">When the provider reported a final state.</param>
/// <param name="ErrorCode">The provider's error code, if any (e.g. <c>21610</c>).</param>
public sealed record OutboxMessage(
    long Id,
    string IdempotencyKey,
    string DispatchId,
    string PersonId,
    string To,
    string Body,
    InjectKind Kind,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset NotBefore,
    DateTimeOffset CreatedAt,
    string? ClaimedBy,
    DateTimeOffset? LeaseUntil,
    string? ProviderSid,
    DateTimeOffset? SentAt,
    DateTimeOffset? DeliveredAt,
    string? ErrorCode)
{
    /// <summary>Builds the idempotency key of a dispatch's message to a person.</summary>
    /// <param name="dispatchId">The dispatch.</param>
    /// <param name="personId">The person.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(string dispatchId, string personId) => dispatchId + ":" + personId;
}
