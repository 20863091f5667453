using System.Globalization;
using Seismic.Drills.Delivery;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Seismic.Drills.Twilio;

/// <summary><see cref="ISmsGateway"/> over the Twilio SDK's Messages resource.</summary>
internal sealed class TwilioSmsGateway : ISmsGateway, IDisposable
{
    /// <summary>Twilio's largest list page.</summary>
    private const int ListPageSize = 1000;

    private readonly TwilioOptions options;
    private readonly System.Net.Http.HttpClient http;
    private readonly TwilioRestClient client;

    public TwilioSmsGateway(TwilioOptions options, System.Net.Http.HttpClient http)
    {
        this.options = options;
        this.http = http;
        client = new TwilioRestClient(options.AccountSid, options.AuthToken, options.AccountSid, httpClient: new SystemNetHttpClient(http));
    }

    public async Task<SmsSendResult> SendAsync(SmsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var create = new CreateMessageOptions(new PhoneNumber(request.To))
        {
            Body = request.Body,
            StatusCallback = request.StatusCallback,
            ValidityPeriod = options.ValidityPeriodSeconds,
        };
        if (!string.IsNullOrWhiteSpace(options.MessagingServiceSid))
        {
            create.MessagingServiceSid = options.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(options.From);
        }

        var message = await CallAsync(() => MessageResource.CreateAsync(create, client), request.To, cancellationToken).ConfigureAwait(false);
        var segments = int.TryParse(message.NumSegments, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
        return new SmsSendResult(message.Sid, message.Status?.ToString() ?? "queued", segments);
    }

    /// <remarks>
    /// Lists by recipient only, newest first, and stops at the first message created before <paramref name="since"/>.
    /// The API's <c>DateSent</c> filter is not used: a message still queued at the provider has no send date yet, and
    /// exactly those are the ones a restarted worker must not send again.
    /// </remarks>
    public async Task<IReadOnlyList<SentSms>> ListSentAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        var read = new ReadMessageOptions { To = new PhoneNumber(recipient), PageSize = ListPageSize };
        var records = await CallAsync(() => MessageResource.ReadAsync(read, client), recipient, cancellationToken).ConfigureAwait(false);
        var result = new List<SentSms>();

        // Further pages (beyond 1,000 messages to one number) are fetched synchronously by the SDK's enumerator.
        foreach (var message in records)
        {
            var created = message.DateCreated is { } d
                ? new DateTimeOffset(DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc))
                : DateTimeOffset.MinValue;
            if (created < since)
            {
                break;
            }

            result.Add(new SentSms(message.Sid, message.To ?? recipient, message.Body ?? string.Empty, message.Status?.ToString() ?? string.Empty, created));
        }

        return result;
    }

    public void Dispose() => http.Dispose();

    private static async Task<T> CallAsync<T>(Func<Task<T>> call, string to, CancellationToken cancellationToken)
    {
        var scope = TwilioCallScope.Begin(cancellationToken);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ApiException api) when (!cancellationToken.IsCancellationRequested)
        {
            throw TwilioErrorMapper.FromApi(api, to, scope.RetryAfter);
        }
        catch (Exception failure) when (failure is not SmsGatewayException)
        {
            // The SDK wraps transport failures, timeouts and a cancelled request in its own exceptions.
            cancellationToken.ThrowIfCancellationRequested();
            throw TwilioErrorMapper.FromTransport(failure, to);
        }
        finally
        {
            TwilioCallScope.End();
        }
    }
}
