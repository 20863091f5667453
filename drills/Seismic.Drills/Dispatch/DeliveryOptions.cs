namespace Seismic.Drills.Dispatch;

/// <summary>How the outbox is worked off: pace, claims, retries and the links put into messages.</summary>
public sealed record DeliveryOptions
{
    /// <summary>
    /// Messages per second this worker may hand to the provider. A sender's queue drains at its own rate (about 10 per
    /// second for a long code outside the US, 100 for a short code — FACTS.md); with several workers, give each its
    /// share of the account's rate.
    /// </summary>
    public double MessagesPerSecond { get; init; } = 10;

    /// <summary>Sends in flight at once (the provider's latency, not the rate, limits a single sender).</summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>Rows claimed per round trip to the store.</summary>
    public int ClaimBatchSize { get; init; } = 100;

    /// <summary>
    /// How long a claim holds. It must exceed the time to send a batch at the configured rate, or another worker takes
    /// rows over while they are still being sent (they are then reconciled, not resent, but it costs provider lookups).
    /// </summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a transiently failing message is marked failed.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>First retry delay; doubled per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound of the retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How far back the provider's message list is searched when a row is reclaimed after a crash (before the
    /// row's creation, to allow for clock differences between workers and the provider).
    /// </summary>
    public TimeSpan ReconcileSlack { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>This worker's id, recorded on every claim.</summary>
    public string WorkerId { get; init; } = Environment.MachineName + ":" + Environment.ProcessId;

    /// <summary>Public base URL of the web app; personal links are <c>{AckBaseUrl}/ack/{token}</c>.</summary>
    public Uri AckBaseUrl { get; init; } = new("http://127.0.0.1:5080");

    /// <summary>Status-callback URL given to the provider, or null for none.</summary>
    public Uri? StatusCallbackUrl { get; init; }

    /// <summary>How far back an inbound reply is matched to the drill the person was last messaged about.</summary>
    public TimeSpan ReplyWindow { get; init; } = TimeSpan.FromDays(2);

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (!(MessagesPerSecond > 0) || double.IsInfinity(MessagesPerSecond))
        {
            throw new ArgumentException($"messages per second must be positive; got {MessagesPerSecond}");
        }

        if (MaxConcurrency < 1 || ClaimBatchSize < 1 || MaxAttempts < 1)
        {
            throw new ArgumentException("concurrency, claim batch size and attempts must be at least 1");
        }

        if (ClaimLease <= TimeSpan.Zero || RetryBaseDelay <= TimeSpan.Zero || MaxRetryDelay < RetryBaseDelay)
        {
            throw new ArgumentException("lease and retry delays must be positive, the maximum delay at least the base delay");
        }
    }
}
