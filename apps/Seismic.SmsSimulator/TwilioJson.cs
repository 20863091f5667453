using System.Globalization;

namespace Seismic.SmsSimulator;

/// <summary>The Messages API's JSON shapes (Twilio API 2010-04-01): message, list page, error.</summary>
internal static class TwilioJson
{
    public const string ApiVersion = "2010-04-01";

    /// <summary>RFC 2822 date as Twilio writes it, in GMT: <c>Thu, 26 Nov 2026 13:11:06 +0000</c>.</summary>
    public static string Rfc2822(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string MessageUri(string accountSid, string sid) => $"/{ApiVersion}/Accounts/{accountSid}/Messages/{sid}.json";

    public static Dictionary<string, object?> Message(string accountSid, SimulatedMessage m) => new()
    {
        ["account_sid"] = accountSid,
        ["api_version"] = ApiVersion,
        ["body"] = m.Body,
        ["date_created"] = Rfc2822(m.CreatedAt),
        ["date_sent"] = m.SentAt is { } sent ? Rfc2822(sent) : null,
        ["date_updated"] = Rfc2822(m.SentAt ?? m.CreatedAt),
        ["direction"] = "outbound-api",
        ["error_code"] = m.ErrorCode,
        ["error_message"] = m.ErrorCode is null ? null : "Message delivery failed (simulated)",
        ["from"] = m.From,
        ["messaging_service_sid"] = m.MessagingServiceSid,
        ["num_media"] = "0",
        ["num_segments"] = m.Segments.ToString(CultureInfo.InvariantCulture),
        ["price"] = null,
        ["price_unit"] = "USD",
        ["sid"] = m.Sid,
        ["status"] = m.Status,
        ["subresource_uris"] = new Dictionary<string, string>
        {
            ["media"] = $"/{ApiVersion}/Accounts/{accountSid}/Messages/{m.Sid}/Media.json",
        },
        ["to"] = m.To,
        ["uri"] = MessageUri(accountSid, m.Sid),
    };

    public static Dictionary<string, object?> Error(int code, int status, string message) => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
        ["status"] = status,
    };
}
