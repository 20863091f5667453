namespace Seismic.Drills.Outbox;

/// <summary>
/// The persistent outbox. Every method is atomic; concurrent workers (threads or processes, on SQLite or PostgreSQL)
/// never claim the same row at the same time.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Inserts rows whose idempotency key is new; rows with an existing key are left untouched.</summary>
    /// <param name="messages">Rows to enqueue (their Id and state fields are ignored: new rows start Pending).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The number of rows actually inserted.</returns>
    Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically claims up to <paramref name="max"/> rows that are Pending with NotBefore ≤ <paramref name="now"/>, or
    /// Claimed with an expired lease, oldest first; sets Claimed, ClaimedBy, LeaseUntil = now + lease, Attempts + 1.
    /// (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; SQLite: one writer transaction.)
    /// </summary>
    /// <param name="dispatchId">Only rows of this dispatch; null for any.</param>
    /// <param name="workerId">The claiming worker.</param>
    /// <param name="max">Maximum rows.</param>
    /// <param name="now">The current time.</param>
    /// <param name="lease">How long the claim holds.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The claimed rows as they are after the claim. A row whose previous claim expired comes back with
    /// its <see cref="OutboxMessage.Attempts"/> above 1 — the caller must reconcile it with the provider before sending.</returns>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        string? dispatchId, string workerId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Records the provider's acceptance: Sent with the SID. Only the current claim holder may do this.</summary>
    /// <param name="id">Row id.</param>
    /// <param name="workerId">The claim holder.</param>
    /// <param name="providerSid">The provider's message SID.</param>
    /// <param name="at">When it was accepted.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>False when the claim was lost (another worker took the row over).</returns>
    Task<bool> MarkSentAsync(long id, string workerId, string providerSid, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Returns a claimed row to Pending with a later NotBefore (transient failure, backoff).</summary>
    /// <param name="id">Row id.</param>
    /// <param name="workerId">The claim holder.</param>
    /// <param name="retryAt">Not before this instant.</param>
    /// <param name="errorCode">The last error code.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>False when the claim was lost.</returns>
    Task<bool> ReleaseForRetryAsync(long id, string workerId, DateTimeOffset retryAt, string? errorCode, CancellationToken cancellationToken = default);

    /// <summary>Ends a row without sending: Failed (permanent error) or Suppressed (opted out, cancelled).</summary>
    /// <param name="id">Row id.</param>
    /// <param name="workerId">The claim holder, or null to end an unclaimed Pending row.</param>
    /// <param name="status"><see cref="OutboxStatus.Failed"/> or <see cref="OutboxStatus.Suppressed"/>.</param>
    /// <param name="errorCode">The reason code.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>False when the claim was lost or the row had already ended.</returns>
    Task<bool> CompleteAsync(long id, string? workerId, OutboxStatus status, string? errorCode, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a provider status callback by SID: Sent → Delivered | Undelivered | Failed. Final states never move
    /// back, and a callback arriving twice changes nothing.
    /// </summary>
    /// <param name="providerSid">The SID.</param>
    /// <param name="status">The reported state.</param>
    /// <param name="errorCode">The provider's error code, if any.</param>
    /// <param name="at">When it was reported.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The row after the update, or null when no row has that SID.</returns>
    Task<OutboxMessage?> ApplyDeliveryStatusAsync(
        string providerSid, OutboxStatus status, string? errorCode, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Finds a row by SID.</summary>
    /// <param name="providerSid">The SID.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The row, or null.</returns>
    Task<OutboxMessage?> FindBySidAsync(string providerSid, CancellationToken cancellationToken = default);

    /// <summary>Lists the rows of a dispatch (or of every dispatch whose id starts with a prefix, e.g. <c>{drillId}/</c>).</summary>
    /// <param name="dispatchIdOrPrefix">A dispatch id, or a prefix ending in '/'.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rows ordered by id.</returns>
    Task<IReadOnlyList<OutboxMessage>> ListAsync(string dispatchIdOrPrefix, CancellationToken cancellationToken = default);

    /// <summary>Rows sent to a number since an instant (for the China rule: no three identical texts in 24 h).</summary>
    /// <param name="recipient">E.164 number.</param>
    /// <param name="since">Lower bound on SentAt/CreatedAt.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rows.</returns>
    Task<IReadOnlyList<OutboxMessage>> ListToAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken = default);
}
