using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Seismic.Drills.Twilio;

/// <summary>
/// The retry pipelines under the SDK. Twilio's SDK itself never retries (FACTS: ApiException, no retry), so this is the
/// only place a call is repeated; the outbox above repeats whole sends later, after reconciling.
/// </summary>
/// <remarks>
/// <para>Reads (the reconciliation list) are safe to repeat and retry every transient outcome: 429, 408, 5xx, network
/// failures and attempt timeouts.</para>
/// <para>
/// Creates (<c>POST Messages.json</c>) are not idempotent at Twilio: no idempotency key is honoured, so repeating a POST
/// whose first copy reached Twilio sends the SMS twice. They are therefore retried only when the outcome proves the
/// message was not created: 429 (20429, too many requests — Twilio refused before creating), 500 and 503 (Twilio's
/// own error answers), and connection failures raised before a byte of the request left (no connection, name
/// resolution, TLS handshake). An attempt timeout, a reset after sending, or a proxy's 502/504 are ambiguous — the
/// message may exist — so they are not retried here: the gateway raises a transient <c>SmsGatewayException</c>,
/// the outbox releases the row for a later attempt, and before that attempt it lists what the provider sent to the
/// number since the row was first claimed (<c>ListSentAsync</c>) and records a match instead of sending again.
/// </para>
/// <para>Delays: exponential backoff with jitter from <see cref="TwilioOptions.RetryBaseDelay"/>; a Retry-After header
/// (sent with 429) is honoured up to <see cref="TwilioOptions.MaxRetryAfter"/>.</para>
/// </remarks>
internal static class TwilioRetryPolicy
{
    public static ResiliencePipeline<HttpResponseMessage> ForCreate(TwilioOptions options, TimeProvider time) =>
        Build(options, time, CreateShouldRetry);

    public static ResiliencePipeline<HttpResponseMessage> ForRead(TwilioOptions options, TimeProvider time) =>
        Build(options, time, outcome => HttpClientResiliencePredicates.IsTransient(outcome));

    internal static bool CreateShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode is HttpStatusCode.TooManyRequests
                or HttpStatusCode.InternalServerError
                or HttpStatusCode.ServiceUnavailable;
        }

        return outcome.Exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError,
        };
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(
        TwilioOptions options, TimeProvider time, Func<Outcome<HttpResponseMessage>, bool> shouldRetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout });
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(shouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, options.MaxRetryAfter, time)),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout });
        return builder.Build();
    }

    /// <summary>The provider's Retry-After, capped; null lets the backoff decide.</summary>
    private static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, TimeSpan cap, TimeProvider time)
    {
        var hint = CallScopeHandler.ReadRetryAfter(outcome.Result?.Headers.RetryAfter, time.GetUtcNow());
        return hint is { } wait ? (wait < cap ? wait : cap) : null;
    }
}
