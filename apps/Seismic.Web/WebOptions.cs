namespace Seismic.Web;

/// <summary>Settings of the web app's public endpoints (webhooks, acknowledgement page).</summary>
public sealed record WebOptions
{
    /// <summary>
    /// The app's URL as Twilio and recipients see it (e.g. <c>https://alerts.haizhu.example</c>). Twilio signs the URL
    /// it posted to; behind a reverse proxy the request this app receives has another scheme, host or port, so the
    /// signature is checked against this base plus the request's path and query. Null: the request's own URL.
    /// </summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>The Twilio auth token webhooks are signed with; null falls back to the registered Twilio options.</summary>
    public string? TwilioAuthToken { get; init; }

    /// <summary>How long a webhook's signature and message SID are remembered to refuse a replay (default 24 h).</summary>
    public TimeSpan ReplayWindow { get; init; } = TimeSpan.FromHours(24);
}
