using System.Buffers.Text;
using System.Security.Cryptography;

namespace Seismic.Drills.Acks;

/// <summary>
/// Issues personal acknowledgement-link tokens. This is the one place the domain uses unseeded randomness on purpose:
/// a token is the only thing that authorises an answer, so it must be unguessable — 144 bits from the operating
/// system's cryptographic generator (OWASP asks at least 128 bits of entropy for session-like identifiers), written
/// base64url without padding (24 characters, safe in a URL path).
/// </summary>
public static class AckTokenGenerator
{
    /// <summary>Random bytes per token.</summary>
    public const int TokenBytes = 18;

    /// <summary>A new token.</summary>
    /// <returns>24 base64url characters.</returns>
    public static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(bytes);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>A new token record for a person and a drill.</summary>
    /// <param name="drillId">The drill (or <c>alert/{id}</c>).</param>
    /// <param name="personId">The person.</param>
    /// <param name="at">When it is issued.</param>
    /// <returns>The token.</returns>
    public static AckToken Issue(string drillId, string personId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(drillId);
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        return new AckToken(NewToken(), drillId, personId, at);
    }

    /// <summary>True when a string has the shape of a token (length and alphabet), before any store lookup.</summary>
    /// <param name="token">The candidate from a URL.</param>
    /// <returns>True when well-formed.</returns>
    public static bool IsWellFormed(string? token)
    {
        if (token is null || token.Length != 24)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
