namespace Seismic.Drills.Twilio;

/// <summary>How the Twilio gateway reaches the provider (or the local Twilio-compatible simulator).</summary>
public sealed record TwilioOptions
{
    /// <summary>The account SID (<c>AC</c> + 32 hex digits); also the Basic-auth user name.</summary>
    public required string AccountSid { get; init; }

    /// <summary>The auth token: Basic-auth password and the key webhook signatures are checked with.</summary>
    public required string AuthToken { get; init; }

    /// <summary>The sender number (E.164). One of <see cref="From"/> and <see cref="MessagingServiceSid"/> is required.</summary>
    public string? From { get; init; }

    /// <summary>A messaging service SID (<c>MG…</c>); takes precedence over <see cref="From"/> when both are set.</summary>
    public string? MessagingServiceSid { get; init; }

    /// <summary>
    /// Where the API lives. The SDK always builds <c>https://api.twilio.com/…</c>; any other value (the simulator's
    /// <c>http://127.0.0.1:PORT</c>) is reached by rewriting scheme, host and port of every request.
    /// </summary>
    public Uri BaseUrl { get; init; } = new("https://api.twilio.com");

    /// <summary>Time allowed for one HTTP attempt (default 10 s).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one call including its retries (default 60 s).</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per call including the first, 1–10 (default 4). 1 disables retries.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Base delay of the exponential backoff (with jitter) between attempts (default 500 ms).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait a provider's Retry-After may impose before the gateway gives up waiting (default 30 s).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Optional validity period in seconds (≤ 36,000) after which a queued message expires unsent.</summary>
    public int? ValidityPeriodSeconds { get; init; }

    /// <summary>Throws when a required value is missing or out of range.</summary>
    /// <exception cref="ArgumentException">A value is invalid.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(AccountSid);
        ArgumentException.ThrowIfNullOrWhiteSpace(AuthToken);
        ArgumentNullException.ThrowIfNull(BaseUrl);
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(MessagingServiceSid))
        {
            throw new ArgumentException("Twilio needs a sender: set From (E.164) or MessagingServiceSid.", nameof(From));
        }

        if (!BaseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"BaseUrl must be absolute: {BaseUrl}", nameof(BaseUrl));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxAttempts, 10);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AttemptTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(TotalTimeout, AttemptTimeout);
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryAfter, TimeSpan.Zero);
        if (ValidityPeriodSeconds is { } validity)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(validity, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(validity, 36_000);
        }
    }
}
