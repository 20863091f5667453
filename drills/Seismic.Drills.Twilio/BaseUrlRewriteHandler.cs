namespace Seismic.Drills.Twilio;

/// <summary>
/// Sends the SDK's <c>https://api.twilio.com/…</c> requests to the configured base URL instead: the SDK (8.2.0) has no
/// base-URL option, but it accepts any <see cref="HttpClient"/>, so scheme, host and port are rewritten here and the
/// path and query are kept (behind an optional path prefix of the base URL).
/// </summary>
internal sealed class BaseUrlRewriteHandler : DelegatingHandler
{
    private readonly Uri baseUrl;
    private readonly string prefix;

    public BaseUrlRewriteHandler(Uri baseUrl)
    {
        this.baseUrl = baseUrl;
        prefix = baseUrl.AbsolutePath.TrimEnd('/');
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } original)
        {
            var target = new UriBuilder(original)
            {
                Scheme = baseUrl.Scheme,
                Host = baseUrl.Host,
                Port = baseUrl.Port,
                Path = prefix + original.AbsolutePath,
            };
            request.RequestUri = target.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
