using Microsoft.Extensions.Http.Resilience;
using Seismic.Drills.Delivery;

namespace Seismic.Drills.Twilio;

/// <summary>Builds the Twilio gateway without dependency injection (the command line, tests).</summary>
public static class TwilioGateway
{
    /// <summary>
    /// Creates a gateway: the Twilio SDK over an <see cref="HttpClient"/> whose handlers apply the caller's
    /// cancellation, rewrite requests to <see cref="TwilioOptions.BaseUrl"/>, and retry transient failures.
    /// </summary>
    /// <param name="options">Account, sender, base URL, timeouts and retry limits.</param>
    /// <param name="inner">The transport (default: a pooled <see cref="SocketsHttpHandler"/>); owned by the gateway.</param>
    /// <param name="time">Clock for backoff and timeouts (default: the system clock).</param>
    /// <returns>The gateway; it is also <see cref="IDisposable"/> and releases its connections when disposed.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static ISmsGateway Create(TwilioOptions options, HttpMessageHandler? inner = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        time ??= TimeProvider.System;
        var create = TwilioRetryPolicy.ForCreate(options, time);
        var read = TwilioRetryPolicy.ForRead(options, time);
        var transport = inner ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

#pragma warning disable CA2000 // each handler is owned by the next outer one and disposed with the HttpClient
        var chain = new CallScopeHandler(time)
        {
            InnerHandler = new BaseUrlRewriteHandler(options.BaseUrl)
            {
                InnerHandler = new ResilienceHandler(request => request.Method == HttpMethod.Post ? create : read)
                {
                    InnerHandler = new AttemptCountingHandler { InnerHandler = transport },
                },
            },
        };
        var http = new HttpClient(chain, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        return new TwilioSmsGateway(options, http);
    }
}
