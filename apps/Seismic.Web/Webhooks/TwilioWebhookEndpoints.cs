using Microsoft.AspNetCore.Http.Extensions;
using Seismic.Drills.Delivery;
using Seismic.Drills.Twilio;

namespace Seismic.Web.Webhooks;

/// <summary>
/// <c>POST /webhooks/twilio/status</c> and <c>/webhooks/twilio/inbound</c>. Every post must carry a valid
/// <c>X-Twilio-Signature</c> over the public URL and all form parameters, and must not repeat an earlier post;
/// otherwise the answer is 403 and nothing reaches <see cref="IDrillEvents"/>.
/// </summary>
internal static class TwilioWebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/twilio/status", StatusAsync).DisableAntiforgery();
        app.MapPost("/webhooks/twilio/inbound", InboundAsync).DisableAntiforgery();
    }

    private static Task<IResult> StatusAsync(HttpContext http, IDrillEvents events) =>
        HandleAsync(http, async (form, token) =>
        {
            var sid = form.GetValueOrDefault("MessageSid") ?? form.GetValueOrDefault("SmsSid");
            var status = form.GetValueOrDefault("MessageStatus") ?? form.GetValueOrDefault("SmsStatus");
            if (string.IsNullOrEmpty(sid) || string.IsNullOrEmpty(status))
            {
                return Results.BadRequest();
            }

            await events.OnDeliveryStatusAsync(sid, status, NullIfEmpty(form.GetValueOrDefault("ErrorCode")), token).ConfigureAwait(false);
            return Results.Ok();
        });

    private static Task<IResult> InboundAsync(HttpContext http, IDrillEvents events) =>
        HandleAsync(http, async (form, token) =>
        {
            var from = form.GetValueOrDefault("From");
            var body = form.GetValueOrDefault("Body");
            if (string.IsNullOrEmpty(from) || body is null)
            {
                return Results.BadRequest();
            }

            var result = await events.OnInboundSmsAsync(from, body, token).ConfigureAwait(false);
            return Results.Content(TwiML.Reply(result.ReplyText), TwiML.ContentType);
        });

    private static async Task<IResult> HandleAsync(HttpContext http, Func<Dictionary<string, string?>, CancellationToken, Task<IResult>> handle)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<WebOptions>();
        var authToken = options.TwilioAuthToken ?? services.GetService<TwilioOptions>()?.AuthToken;
        if (string.IsNullOrEmpty(authToken) || !http.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var pairs = new List<KeyValuePair<string, string>>();
        var single = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            foreach (var value in values)
            {
                pairs.Add(new(name, value ?? string.Empty));
            }

            single[name] = values.ToString();
        }

        var signature = http.Request.Headers[TwilioSignature.HeaderName].ToString();
        if (!TwilioSignature.IsValid(authToken, PublicUrl(http, options), pairs, signature))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var guard = services.GetRequiredService<WebhookReplayGuard>();
        var key = signature + "|" + (single.GetValueOrDefault("MessageSid") ?? single.GetValueOrDefault("SmsSid"));
        if (!guard.TryAdmit(key, options.ReplayWindow))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        try
        {
            return await handle(single, http.RequestAborted).ConfigureAwait(false);
        }
        catch
        {
            guard.Forget(key);
            throw;
        }
    }

    /// <summary>The URL Twilio signed: the configured public base, or the request's own scheme and host.</summary>
    internal static string PublicUrl(HttpContext http, WebOptions options)
    {
        var request = http.Request;
        if (options.PublicBaseUrl is not { } publicBase)
        {
            return request.GetEncodedUrl();
        }

        var basePath = publicBase.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return basePath + request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
