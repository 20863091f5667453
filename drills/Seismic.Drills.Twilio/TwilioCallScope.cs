namespace Seismic.Drills.Twilio;

/// <summary>
/// Carries what the SDK's call chain cannot: <c>MessageResource.CreateAsync</c> takes no cancellation token and its
/// <c>ApiException</c> keeps no response headers. The gateway opens a scope around each SDK call; the outermost HTTP
/// handler links the caller's token into the request and records the final response's Retry-After and the number of
/// attempts. The scope object is reached through an <see cref="AsyncLocal{T}"/>, which flows down into the handler.
/// </summary>
internal sealed class TwilioCallScope
{
    private static readonly AsyncLocal<TwilioCallScope?> CurrentScope = new();

    private TwilioCallScope(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    /// <summary>The scope of the call in progress on this flow, if any.</summary>
    public static TwilioCallScope? Current => CurrentScope.Value;

    public CancellationToken CancellationToken { get; }

    /// <summary>Retry-After of the last response the SDK received.</summary>
    public TimeSpan? RetryAfter { get; set; }

    /// <summary>HTTP attempts made (counted below the retry strategy).</summary>
    public int Attempts { get; set; }

    public static TwilioCallScope Begin(CancellationToken cancellationToken)
    {
        var scope = new TwilioCallScope(cancellationToken);
        CurrentScope.Value = scope;
        return scope;
    }

    public static void End() => CurrentScope.Value = null;
}
