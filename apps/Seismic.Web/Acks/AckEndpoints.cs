using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Seismic.Drills.Acks;
using Seismic.Drills.Delivery;

namespace Seismic.Web.Acks;

/// <summary><c>GET /ack/{token}</c> shows the page; <c>POST /ack/{token}</c> records the tapped answer.</summary>
internal static partial class AckEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ack/{token}", ShowAsync);
        app.MapPost("/ack/{token}", AnswerAsync).DisableAntiforgery();
    }

    /// <summary>Tokens are base64url (AckToken: at least 128 random bits); anything else is not looked up.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{16,128}$")]
    private static partial Regex TokenShape();

    private static async Task<IResult> ShowAsync(string token, HttpContext http, IDrillEvents events, IAntiforgery antiforgery)
    {
        var view = TokenShape().IsMatch(token) ? await events.ViewLinkAsync(token, http.RequestAborted).ConfigureAwait(false) : null;
        return Page(http, antiforgery, token, view, justRecorded: false);
    }

    private static async Task<IResult> AnswerAsync(string token, HttpContext http, IDrillEvents events, IAntiforgery antiforgery)
    {
        if (!TokenShape().IsMatch(token))
        {
            return Page(http, antiforgery, token, null, justRecorded: false);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest("请重新打开链接 · Please open the link again.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        AckKind? kind = form["answer"].ToString() switch
        {
            "safe" => AckKind.Safe,
            "help" => AckKind.NeedHelp,
            _ => null,
        };
        if (kind is null)
        {
            return Results.BadRequest("请选择一个按钮 · Please tap one of the buttons.");
        }

        var view = await events.AcknowledgeByLinkAsync(token, kind.Value, http.RequestAborted).ConfigureAwait(false);
        return Page(http, antiforgery, token, view, justRecorded: true);
    }

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string token, AckLinkView? view, bool justRecorded)
    {
        // The token is a bearer secret in the URL: keep it out of caches, referrers and search engines.
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        if (view is null)
        {
            return Results.Content(AckPage.NotFound(), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return Results.Content(
            AckPage.Render(view, token, tokens.FormFieldName, tokens.RequestToken ?? string.Empty, justRecorded),
            "text/html; charset=utf-8");
    }
}
