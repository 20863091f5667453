using System.Security.Cryptography;
using System.Text;

namespace Seismic.SmsSimulator;

/// <summary>
/// Signs webhooks as Twilio does ("Webhooks security"): the full URL, then each POST parameter's name and value
/// appended in order of name, HMAC-SHA1 keyed with the auth token, Base64 — sent as <c>X-Twilio-Signature</c>.
/// </summary>
internal static class WebhookSigner
{
    public const string Header = "X-Twilio-Signature";

    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var sorted = parameters.ToList();
        sorted.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Key, b.Key);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        var data = new StringBuilder(url);
        foreach (var (name, value) in sorted)
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // HMAC-SHA1 is Twilio's webhook signature algorithm; the simulator must match it
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(mac);
    }
}
