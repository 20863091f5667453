namespace Seismic.Drills.Twilio;

/// <summary>Innermost handler: counts the HTTP attempts the retry strategy made for the current call.</summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (TwilioCallScope.Current is { } scope)
        {
            scope.Attempts++;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
