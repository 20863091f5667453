using System.Net.Http.Headers;

namespace Seismic.Drills.Twilio;

/// <summary>Outermost handler: applies the caller's cancellation and records Retry-After for the error mapping.</summary>
internal sealed class CallScopeHandler : DelegatingHandler
{
    private readonly TimeProvider time;

    public CallScopeHandler(TimeProvider time) => this.time = time;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var scope = TwilioCallScope.Current;
        if (scope is null || !scope.CancellationToken.CanBeCanceled)
        {
            return await SendAndRecordAsync(scope, request, cancellationToken).ConfigureAwait(false);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, scope.CancellationToken);
        return await SendAndRecordAsync(scope, request, linked.Token).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAndRecordAsync(TwilioCallScope? scope, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (scope is not null)
        {
            scope.RetryAfter = ReadRetryAfter(response.Headers.RetryAfter, time.GetUtcNow());
        }

        return response;
    }

    internal static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
