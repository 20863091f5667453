using System.Globalization;
using Polly.Timeout;
using Seismic.Drills.Delivery;
using Twilio.Exceptions;

namespace Seismic.Drills.Twilio;

/// <summary>Turns the SDK's exceptions into <see cref="SmsGatewayException"/> with a code and a transient flag.</summary>
internal static class TwilioErrorMapper
{
    /// <summary>
    /// Twilio error codes that a later attempt can overcome: 20429 too many requests, 21611 and 30001 sender queue
    /// overflow, 14107 reply rate limit (Twilio error dictionary). Everything else in the 4xx range is permanent:
    /// 21610 the recipient replied STOP, 21211 invalid number, 21614 not a mobile number, 21408 region not enabled.
    /// </summary>
    private static readonly HashSet<int> TransientCodes = [20429, 21611, 30001, 14107];

    public static SmsGatewayException FromApi(ApiException api, string to, TimeSpan? retryAfter)
    {
        var transient = api.Status == 429 || api.Status >= 500 || TransientCodes.Contains(api.Code);
        var code = api.Code != 0
            ? api.Code.ToString(CultureInfo.InvariantCulture)
            : api.Status.ToString(CultureInfo.InvariantCulture);
        var message = $"Twilio refused the message to {to}: HTTP {api.Status}, error {code}: {api.Message}";
        return new SmsGatewayException(message, code, transient, transient ? retryAfter : null, api);
    }

    public static SmsGatewayException FromTransport(Exception failure, string to)
    {
        var what = IsTimeout(failure) ? "timed out" : "could not be reached";
        return new SmsGatewayException($"Twilio {what} sending to {to}: {failure.Message}", null, true, null, failure);
    }

    private static bool IsTimeout(Exception failure)
    {
        for (var e = (Exception?)failure; e is not null; e = e.InnerException)
        {
            if (e is TimeoutRejectedException or TimeoutException or TaskCanceledException)
            {
                return true;
            }
        }

        return false;
    }
}
