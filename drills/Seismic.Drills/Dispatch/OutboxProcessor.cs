using System.Threading.Channels;
using Seismic.Drills.Delivery;
using Seismic.Drills.Outbox;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// Works off the outbox: claims due rows, paces them to the configured rate, sends them through the gateway and records
/// the provider's SID. Safe to run in several workers at once and to run again after a crash.
/// </summary>
/// <remarks>
/// The one window in which a message could go out twice is a crash after the provider accepted it and before its SID was
/// recorded. Such a row's claim expires and it is claimed again with <see cref="OutboxMessage.Attempts"/> above one;
/// before sending it again the processor asks the provider for the messages it sent to that number since the row was
/// created, and when one has the row's exact text (texts carry a personal link, so they are unique per row) records that
/// SID instead of sending. Transient refusals (429/20429, 5xx, timeouts) go back to the outbox with an exponential
/// backoff; permanent ones end the row, and 21610 (the recipient replied STOP) also withdraws the person's consent.
/// </remarks>
public sealed class OutboxProcessor
{
    /// <summary>Twilio error 21610: the recipient has opted out with STOP.</summary>
    public const string OptedOutErrorCode = "21610";

    private readonly DrillStores stores;
    private readonly ISmsGateway gateway;
    private readonly DeliveryOptions options;
    private readonly TimeProvider time;
    private readonly SendPacer pacer;

    /// <summary>Creates a processor.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="gateway">The SMS provider.</param>
    /// <param name="options">Pace, claims and retries.</param>
    /// <param name="time">The clock.</param>
    public OutboxProcessor(DrillStores stores, ISmsGateway gateway, DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        this.stores = stores;
        this.gateway = gateway;
        this.options = options;
        this.time = time;
        pacer = new SendPacer(options.MessagesPerSecond, time);
    }

    /// <summary>Claims and sends due rows until none is due now.</summary>
    /// <param name="dispatchId">Only this dispatch's rows; null for all.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The number of messages this call handed to the provider.</returns>
    /// <remarks>
    /// Claiming runs ahead of sending through a queue of one claim batch: the next batch is claimed while the current
    /// one is still being sent, and a free sender takes the next row at once. Claiming a batch and waiting for its
    /// slowest send before the next one left the pacer's slots unused at every batch boundary, which cost about 10 %
    /// of the configured rate at 500 messages/s.
    /// </remarks>
    public async Task<int> ProcessAsync(string? dispatchId, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = Channel.CreateBounded<OutboxMessage>(
            new BoundedChannelOptions(options.ClaimBatchSize) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        var claiming = ClaimIntoAsync(queue.Writer, dispatchId, stop.Token);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(queue.Reader.ReadAllAsync(stop.Token), parallel, async (row, token) =>
            {
                if (await HandleAsync(row, token).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref sent);
                }
            }).ConfigureAwait(false);
        }
        catch
        {
            // Rows still queued keep their claim until the lease expires and are then reconciled by any worker.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(claiming).ConfigureAwait(false);
            throw;
        }

        await claiming.ConfigureAwait(false);
        return sent;
    }

    private async Task ClaimIntoAsync(ChannelWriter<OutboxMessage> writer, string? dispatchId, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var batch = await stores.Outbox.ClaimAsync(
                    dispatchId, options.WorkerId, options.ClaimBatchSize, time.GetUtcNow(), options.ClaimLease, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    writer.TryComplete();
                    return;
                }

                foreach (var row in batch)
                {
                    await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
    }

    /// <summary>
    /// Processes until every row of the dispatch (or prefix) has ended or <paramref name="maxWait"/> has passed, waiting
    /// out retry backoffs and other workers' leases.
    /// </summary>
    /// <param name="dispatchIdOrPrefix">A dispatch id, or a prefix ending in '/' (a whole drill).</param>
    /// <param name="maxWait">Longest total wait.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rows still not ended when it gave up (empty when everything ended).</returns>
    public async Task<IReadOnlyList<OutboxMessage>> ProcessUntilSettledAsync(string dispatchIdOrPrefix, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dispatchIdOrPrefix);
        var deadline = time.GetUtcNow() + maxWait;
        var claimScope = dispatchIdOrPrefix.EndsWith('/') ? null : dispatchIdOrPrefix;
        while (true)
        {
            await ProcessAsync(claimScope, cancellationToken).ConfigureAwait(false);
            var open = (await stores.Outbox.ListAsync(dispatchIdOrPrefix, cancellationToken).ConfigureAwait(false))
                .Where(m => m.Status is OutboxStatus.Pending or OutboxStatus.Claimed)
                .ToList();
            var now = time.GetUtcNow();
            if (open.Count == 0 || now >= deadline)
            {
                return open;
            }

            var next = open.Min(m => m.Status == OutboxStatus.Pending ? m.NotBefore : m.LeaseUntil ?? now);
            var wait = next - now;
            wait = wait < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : wait;
            wait = wait > deadline - now ? deadline - now : wait;
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> HandleAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var person = await stores.Rosters.FindAsync(row.PersonId, cancellationToken).ConfigureAwait(false);
        if (person is not null && person.Consent == ConsentState.OptedOut)
        {
            await stores.Outbox.CompleteAsync(row.Id, options.WorkerId, OutboxStatus.Suppressed, "opted-out", time.GetUtcNow(), cancellationToken)
                .ConfigureAwait(false);
            return false;
        }

        if (row.Attempts > 1 && await ReconcileAsync(row, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
        SmsSendResult result;
        try
        {
            result = await gateway.SendAsync(new SmsRequest(row.To, row.Body, options.StatusCallbackUrl, row.IdempotencyKey), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (SmsGatewayException failure)
        {
            await FailAsync(row, failure, cancellationToken).ConfigureAwait(false);
            return false;
        }

        // A lost claim means another worker has taken the row over; it reconciles and finds this SID at the provider.
        await stores.Outbox.MarkSentAsync(row.Id, options.WorkerId, result.Sid, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> ReconcileAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        var since = row.CreatedAt - options.ReconcileSlack;
        var sent = await gateway.ListSentAsync(row.To, since, cancellationToken).ConfigureAwait(false);
        var match = sent.FirstOrDefault(m => string.Equals(m.Body, row.Body, StringComparison.Ordinal));
        if (match is null)
        {
            return false;
        }

        await stores.Outbox.MarkSentAsync(row.Id, options.WorkerId, match.Sid, match.CreatedAt, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task FailAsync(OutboxMessage row, SmsGatewayException failure, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (failure.ErrorCode == OptedOutErrorCode)
        {
            await stores.Outbox.CompleteAsync(row.Id, options.WorkerId, OutboxStatus.Failed, failure.ErrorCode, now, cancellationToken).ConfigureAwait(false);
            await stores.Rosters.SetConsentAsync(new ConsentChange(row.PersonId, ConsentState.OptedOut, now, "provider-21610"), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        if (!failure.IsTransient || row.Attempts >= options.MaxAttempts)
        {
            await stores.Outbox.CompleteAsync(row.Id, options.WorkerId, OutboxStatus.Failed, failure.ErrorCode ?? "network", now, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var backoff = RetryDelay(row.Attempts);
        if (failure.RetryAfter is { } hint)
        {
            // The provider asked everyone to slow down, not only this message.
            pacer.Defer(hint);
            backoff = hint > backoff ? hint : backoff;
        }

        await stores.Outbox.ReleaseForRetryAsync(row.Id, options.WorkerId, now + backoff, failure.ErrorCode, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Exponential backoff: base × 2^(attempt − 1), capped.</summary>
    /// <param name="attempt">The attempt that failed (1-based).</param>
    /// <returns>The delay before the next attempt.</returns>
    internal TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var ticks = Math.Min(options.RetryBaseDelay.Ticks * factor, options.MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
