namespace Seismic.SmsSimulator;

/// <summary>Faults the simulator injects into the Messages API and its webhooks.</summary>
public sealed record FaultSettings
{
    /// <summary>The next N create requests get 429 with Twilio code 20429 (a storm).</summary>
    public int TooManyRequestsBurst { get; init; }

    /// <summary>Share of create requests answered 429 / 20429, 0–1.</summary>
    public double TooManyRequestsRate { get; init; }

    /// <summary>The Retry-After header sent with 429 answers, in whole seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The next N create requests get 500 with Twilio code 20500.</summary>
    public int ServerErrorBurst { get; init; }

    /// <summary>Share of create requests answered 500, 0–1.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>The next N create requests hang for <see cref="HangTime"/> before they are answered.</summary>
    public int HangBurst { get; init; }

    /// <summary>Share of create requests that hang, 0–1.</summary>
    public double HangRate { get; init; }

    /// <summary>How long a hanging request waits before it is answered.</summary>
    public TimeSpan HangTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// True (default): a hanging request still creates its message, as a provider that accepted the request but answered
    /// too late would — the case where a blind resend would double-send.
    /// </summary>
    public bool HangCreatesMessage { get; init; } = true;

    /// <summary>Create requests per second accepted before the simulator answers 429 / 20429; 0 = no limit.</summary>
    public int MaxMessagesPerSecond { get; init; }

    /// <summary>Delay before each status callback (queued, sent, final); raise it for slow callbacks.</summary>
    public TimeSpan CallbackDelay { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Share of accepted messages that end undelivered (30003, unreachable handset), 0–1.</summary>
    public double UndeliveredRate { get; init; }

    /// <summary>Share of accepted messages that end failed (30008, unknown error), 0–1.</summary>
    public double FailedRate { get; init; }
}
