using System.Net.Http.Headers;

namespace Seismic.SmsSimulator;

/// <summary>
/// Plays each accepted message's life — queued, sent, then delivered / undelivered / failed — as signed status
/// callbacks, then the handset's reply as a signed inbound webhook. Runs in the background; the server waits for the
/// pending work on <see cref="SmsSimulatorServer.WaitForIdleAsync"/> and cancels it on dispose.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    private readonly SimulatorState state;
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource stopping = new();
    private int pending;

    public WebhookSender(SimulatorState state) => this.state = state;

    public int Pending => Volatile.Read(ref pending);

    public void Start(SimulatedMessage message, DeliveryPlan plan) => Run(() => PlayAsync(message, plan));

    public void StartInbound(SimulatedInbound message) => Run(() => PostInboundAsync(message));

    public async Task WaitForIdleAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = state.Time.GetUtcNow() + timeout;
        while (Pending > 0)
        {
            if (state.Time.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"{Pending} simulated deliveries or replies still pending after {timeout}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
        http.Dispose();
    }

    private void Run(Func<Task> work)
    {
        Interlocked.Increment(ref pending);
        _ = Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // The server is shutting down; unfinished lives end here.
            }
            finally
            {
                Interlocked.Decrement(ref pending);
            }
        });
    }

    private async Task PlayAsync(SimulatedMessage message, DeliveryPlan plan)
    {
        var token = stopping.Token;
        await StatusAsync(message, "queued", null, token).ConfigureAwait(false);
        await StatusAsync(message, "sent", null, token).ConfigureAwait(false);
        await StatusAsync(message, plan.FinalStatus, plan.ErrorCode, token).ConfigureAwait(false);
        if (plan.FinalStatus != "delivered" || plan.Reply is null)
        {
            return;
        }

        await Task.Delay(plan.ReplyDelay, state.Time, token).ConfigureAwait(false);
        var to = message.MessagingServiceSid is null ? message.From : state.Options.ServiceNumber;
        var reply = state.ReceiveInbound(message.To, to, plan.Reply, plan.ReplySid);
        await PostInboundAsync(reply).ConfigureAwait(false);
    }

    private async Task StatusAsync(SimulatedMessage message, string status, int? errorCode, CancellationToken token)
    {
        await Task.Delay(state.Faults.CallbackDelay, state.Time, token).ConfigureAwait(false);
        var current = state.Update(message.Sid, status, errorCode) ?? message;
        if (current.StatusCallback is null)
        {
            return;
        }

        var form = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", state.Options.AccountSid),
            new("ApiVersion", "2010-04-01"),
            new("From", current.From),
            new("MessageSid", current.Sid),
            new("MessageStatus", status),
            new("SmsSid", current.Sid),
            new("SmsStatus", status),
            new("To", current.To),
        };
        if (current.MessagingServiceSid is { } service)
        {
            form.Add(new("MessagingServiceSid", service));
        }

        if (errorCode is { } code)
        {
            form.Add(new("ErrorCode", code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await PostAsync(current.StatusCallback, form, token).ConfigureAwait(false);
    }

    private async Task PostInboundAsync(SimulatedInbound message)
    {
        if (state.Options.InboundWebhookUrl is not { } url)
        {
            return;
        }

        var form = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", state.Options.AccountSid),
            new("ApiVersion", "2010-04-01"),
            new("Body", message.Body),
            new("From", message.From),
            new("MessageSid", message.Sid),
            new("NumMedia", "0"),
            new("NumSegments", SegmentCounter.Count(message.Body).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("SmsMessageSid", message.Sid),
            new("SmsSid", message.Sid),
            new("SmsStatus", "received"),
            new("To", message.To),
        };
        var (status, body) = await PostAsync(url, form, stopping.Token).ConfigureAwait(false);
        state.CompleteInbound(message.Sid, status, body);
    }

    private async Task<(int Status, string? Body)> PostAsync(Uri url, List<KeyValuePair<string, string>> form, CancellationToken token)
    {
        var signature = WebhookSigner.Sign(state.Options.AuthToken, url.AbsoluteUri, form);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation(WebhookSigner.Header, signature);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("TwilioProxy", "1.1"));
        int status;
        string? body = null;
        try
        {
            using var response = await http.SendAsync(request, token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            status = 0;
        }
        catch (TaskCanceledException) when (!token.IsCancellationRequested)
        {
            status = 0;
        }

        state.Record(new SimulatedCallback(url, form, signature, status));
        return (status, body);
    }
}
