using System.Collections.Specialized;
using System.Security.Cryptography;
using System.Text;
using Twilio.Security;

namespace Seismic.Drills.Twilio;

/// <summary>
/// Twilio's webhook signature (<c>X-Twilio-Signature</c>): Base64(HMAC-SHA1(auth token, full URL + every POST
/// parameter's name and value, sorted by name)) — Twilio, "Webhooks security".
/// </summary>
public static class TwilioSignature
{
    /// <summary>The request header that carries the signature.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>
    /// Checks a webhook's signature with the SDK's <see cref="RequestValidator"/> over the full public URL and every
    /// form parameter received (Twilio adds parameters without notice, so none may be dropped).
    /// </summary>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="url">The URL Twilio posted to, as Twilio saw it (scheme, host, port, path and query).</param>
    /// <param name="parameters">All form parameters; a repeated name appears once per value.</param>
    /// <param name="signature">The header value; null or empty never validates.</param>
    /// <returns>True when the signature matches.</returns>
    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters, string? signature)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentNullException.ThrowIfNull(parameters);
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var collection = new NameValueCollection(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            collection.Add(name, value);
        }

        return new RequestValidator(authToken).Validate(url, collection, signature);
    }

    /// <summary>Computes the signature Twilio would send (for the simulator and tests).</summary>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="url">The full URL posted to.</param>
    /// <param name="parameters">All form parameters.</param>
    /// <returns>The Base64 signature.</returns>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentNullException.ThrowIfNull(parameters);
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // HMAC-SHA1 is what Twilio signs webhooks with; it is not our choice of algorithm
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(mac);
    }
}
