using Seismic.Drills.Outbox;

namespace Seismic.Drills.Tests.Fakes;

/// <summary>An outbox in memory with the contract's semantics, for the domain's tests.</summary>
internal sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly Lock gate = new();
    private readonly List<OutboxMessage> rows = [];

    public IReadOnlyList<OutboxMessage> All
    {
        get
        {
            lock (gate)
            {
                return rows.ToList();
            }
        }
    }

    public Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var inserted = 0;
            foreach (var m in messages)
            {
                if (rows.Any(r => r.IdempotencyKey == m.IdempotencyKey))
                {
                    continue;
                }

                rows.Add(m with
                {
                    Id = rows.Count + 1, Status = OutboxStatus.Pending, Attempts = 0, ClaimedBy = null, LeaseUntil = null,
                    ProviderSid = null, SentAt = null, DeliveredAt = null, ErrorCode = null,
                });
                inserted++;
            }

            return Task.FromResult(inserted);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        string? dispatchId, string workerId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var claimed = new List<OutboxMessage>();
            for (var i = 0; i < rows.Count && claimed.Count < max; i++)
            {
                var r = rows[i];
                var due = (r.Status == OutboxStatus.Pending && r.NotBefore <= now) || (r.Status == OutboxStatus.Claimed && r.LeaseUntil <= now);
                if (!due || (dispatchId is not null && r.DispatchId != dispatchId))
                {
                    continue;
                }

                rows[i] = r with { Status = OutboxStatus.Claimed, ClaimedBy = workerId, LeaseUntil = now + lease, Attempts = r.Attempts + 1 };
                claimed.Add(rows[i]);
            }

            return Task.FromResult<IReadOnlyList<OutboxMessage>>(claimed);
        }
    }

    public Task<bool> MarkSentAsync(long id, string workerId, string providerSid, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Update(id, r => r.Status == OutboxStatus.Claimed && r.ClaimedBy == workerId,
            r => r with { Status = OutboxStatus.Sent, ProviderSid = providerSid, SentAt = at });

    public Task<bool> ReleaseForRetryAsync(long id, string workerId, DateTimeOffset retryAt, string? errorCode, CancellationToken cancellationToken = default) =>
        Update(id, r => r.Status == OutboxStatus.Claimed && r.ClaimedBy == workerId,
            r => r with { Status = OutboxStatus.Pending, NotBefore = retryAt, ErrorCode = errorCode, LeaseUntil = null });

    public Task<bool> CompleteAsync(long id, string? workerId, OutboxStatus status, string? errorCode, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Update(id, r => workerId is null ? r.Status == OutboxStatus.Pending : r.Status == OutboxStatus.Claimed && r.ClaimedBy == workerId,
            r => r with { Status = status, ErrorCode = errorCode, DeliveredAt = at });

    public Task<OutboxMessage?> ApplyDeliveryStatusAsync(string providerSid, OutboxStatus status, string? errorCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var i = rows.FindIndex(r => r.ProviderSid == providerSid);
            if (i < 0)
            {
                return Task.FromResult<OutboxMessage?>(null);
            }

            if (rows[i].Status == OutboxStatus.Sent)
            {
                rows[i] = rows[i] with { Status = status, ErrorCode = errorCode, DeliveredAt = at };
            }

            return Task.FromResult<OutboxMessage?>(rows[i]);
        }
    }

    public Task<OutboxMessage?> FindBySidAsync(string providerSid, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(rows.FirstOrDefault(r => r.ProviderSid == providerSid));
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(string dispatchIdOrPrefix, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var prefix = dispatchIdOrPrefix.EndsWith('/');
            return Task.FromResult<IReadOnlyList<OutboxMessage>>(rows
                .Where(r => prefix ? r.DispatchId.StartsWith(dispatchIdOrPrefix, StringComparison.Ordinal) : r.DispatchId == dispatchIdOrPrefix)
                .ToList());
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ListToAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>(rows.Where(r => r.To == recipient && (r.SentAt ?? r.CreatedAt) >= since).ToList());
        }
    }

    /// <summary>Simulates a worker that crashed holding a claim: the row stays Claimed with the given lease.</summary>
    public void Crash(long id, DateTimeOffset leaseUntil) =>
        Update(id, _ => true, r => r with { Status = OutboxStatus.Claimed, ClaimedBy = "crashed", LeaseUntil = leaseUntil, Attempts = r.Attempts + 1 });

    private Task<bool> Update(long id, Func<OutboxMessage, bool> when, Func<OutboxMessage, OutboxMessage> change)
    {
        lock (gate)
        {
            var i = rows.FindIndex(r => r.Id == id);
            if (i < 0 || !when(rows[i]))
            {
                return Task.FromResult(false);
            }

            rows[i] = change(rows[i]);
            return Task.FromResult(true);
        }
    }
}
