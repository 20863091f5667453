using System.Text;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Acks;

/// <summary>
/// Reads an inbound SMS answer. The text is trimmed, full-width forms (１, ＯＫ, the ideographic space) are folded to
/// ASCII, letters upper-cased and trailing punctuation (。！!.,) dropped; then it must match a keyword exactly, so a
/// chatty reply is not mistaken for an answer.
/// <para>Opt-out and opt-in words follow the keywords Twilio itself acts on for long codes (STOP, UNSUBSCRIBE, END,
/// QUIT, STOPALL, REVOKE, OPTOUT, CANCEL; START, YES, UNSTOP) plus the Chinese carriers' 退订 and TD, so the roster's
/// consent never disagrees with the provider's. "YES" is both Twilio's opt-in word and a natural "I'm fine": it opts an
/// opted-out person back in and counts as safe for everyone else. A bare "HELP" is taken as a plea for help rather
/// than Twilio's information keyword: during an earthquake, a coordinator's needless call costs less than a missed
/// one.</para>
/// </summary>
public static class AckReplyParser
{
    private static readonly HashSet<string> SafeWords = new(StringComparer.Ordinal)
    {
        "1", "到", "已到", "到了", "已到达", "收到", "安全", "平安", "OK", "YES", "SAFE",
    };

    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal)
    {
        "2", "求助", "救命", "需要帮助", "HELP ME", "HELP", "SOS",
    };

    private static readonly HashSet<string> OptOutWords = new(StringComparer.Ordinal)
    {
        "STOP", "UNSUBSCRIBE", "END", "QUIT", "STOPALL", "REVOKE", "OPTOUT", "CANCEL", "退订", "TD",
    };

    private static readonly HashSet<string> OptInWords = new(StringComparer.Ordinal) { "START", "UNSTOP" };

    /// <summary>Classifies a reply.</summary>
    /// <param name="body">The SMS text.</param>
    /// <param name="consent">The sender's current consent; decides what "YES" means.</param>
    /// <returns>The meaning.</returns>
    public static AckReplyKind Parse(string? body, ConsentState consent = ConsentState.OptedIn)
    {
        var text = Normalise(body);
        if (text.Length == 0)
        {
            return AckReplyKind.Unrecognised;
        }

        if (text == "YES")
        {
            return consent == ConsentState.OptedOut ? AckReplyKind.OptIn : AckReplyKind.Safe;
        }

        if (OptOutWords.Contains(text))
        {
            return AckReplyKind.OptOut;
        }

        if (OptInWords.Contains(text))
        {
            return AckReplyKind.OptIn;
        }

        if (HelpWords.Contains(text))
        {
            return AckReplyKind.NeedHelp;
        }

        return SafeWords.Contains(text) ? AckReplyKind.Safe : AckReplyKind.Unrecognised;
    }

    /// <summary>The acknowledgement kind of a reply, or null when it is not an answer.</summary>
    /// <param name="kind">A parsed reply.</param>
    /// <returns>Safe, need help, or null.</returns>
    public static AckKind? ToAckKind(AckReplyKind kind) => kind switch
    {
        AckReplyKind.Safe => AckKind.Safe,
        AckReplyKind.NeedHelp => AckKind.NeedHelp,
        _ => null,
    };

    /// <summary>Trims, folds full-width forms to ASCII, upper-cases, collapses spaces and drops trailing punctuation.</summary>
    /// <param name="body">The text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalise(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(body.Length);
        var pendingSpace = false;
        foreach (var raw in body)
        {
            var c = raw;
            // Unicode Halfwidth and Fullwidth Forms: U+FF01–U+FF5E mirror ASCII 0x21–0x7E at an offset of 0xFEE0.
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        var end = sb.Length;
        while (end > 0 && sb[end - 1] is '.' or '!' or ',' or '。' or '，' or '、' or '~' or '?' or '？')
        {
            end--;
        }

        return sb.ToString(0, end).TrimEnd();
    }
}
