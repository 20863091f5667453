using System.Security;

namespace Seismic.Web.Webhooks;

/// <summary>TwiML answers to an inbound message (Twilio Messaging TwiML: <c>&lt;Response&gt;&lt;Message&gt;</c>).</summary>
internal static class TwiML
{
    public const string ContentType = "text/xml; charset=utf-8";

    public static string Reply(string? text) => text is null
        ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>"
        : $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{SecurityElement.Escape(text)}</Message></Response>";
}
