using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Seismic.SmsSimulator;

/// <summary>The Messages resource of Twilio's REST API 2010-04-01: create, list, fetch.</summary>
internal static partial class MessagesApi
{
    private const string Base = "/2010-04-01/Accounts/{accountSid}/Messages";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state, WebhookSender sender)
    {
        app.MapPost(Base + ".json", (HttpContext http, string accountSid) => CreateAsync(http, accountSid, state, sender));
        app.MapGet(Base + ".json", (HttpContext http, string accountSid) => List(http, accountSid, state));
        app.MapGet(Base + "/{sid}.json", (HttpContext http, string accountSid, string sid) => Fetch(http, accountSid, sid, state));
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    private static async Task<IResult> CreateAsync(HttpContext http, string accountSid, SimulatorState state, WebhookSender sender)
    {
        if (Unauthorized(http, accountSid, state) is { } denied)
        {
            state.CountRequest(valid: false);
            return denied;
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false) : null;
        var to = form?["To"].ToString() ?? string.Empty;
        var from = form?["From"].ToString();
        var service = form?["MessagingServiceSid"].ToString();
        var body = form?["Body"].ToString() ?? string.Empty;
        var callback = form?["StatusCallback"].ToString();
        var invalid = Validate(to, from, service, body, callback);
        if (invalid is not null)
        {
            state.CountRequest(valid: false);
            return invalid;
        }

        state.CountRequest(valid: true);
        var decision = state.Decide(
            to,
            string.IsNullOrEmpty(service) ? from! : state.Options.ServiceNumber,
            string.IsNullOrEmpty(service) ? null : service,
            body,
            string.IsNullOrEmpty(callback) ? null : new Uri(callback));
        if (decision.Hang > TimeSpan.Zero)
        {
            await Task.Delay(decision.Hang, state.Time, http.RequestAborted).ConfigureAwait(false);
        }

        switch (decision.Outcome)
        {
            case CreateOutcome.TooManyRequests:
                http.Response.Headers.RetryAfter = state.Faults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return Error(20429, 429, "Too Many Requests");
            case CreateOutcome.ServerError:
                return Error(20500, 500, "Internal Server Error");
            case CreateOutcome.OptedOut:
                return Error(21610, 400, $"Attempt to send to unsubscribed recipient {to}");
        }

        sender.Start(decision.Message!, decision.Plan!);
        return Results.Json(TwilioJson.Message(state.Options.AccountSid, decision.Message!), statusCode: 201);
    }

    private static IResult List(HttpContext http, string accountSid, SimulatorState state)
    {
        if (Unauthorized(http, accountSid, state) is { } denied)
        {
            return denied;
        }

        var query = http.Request.Query;
        var to = query["To"].ToString();
        var from = query["From"].ToString();
        var on = ParseDate(query["DateSent"].ToString());
        var after = ParseDate(query["DateSent>"].ToString());
        var before = ParseDate(query["DateSent<"].ToString());
        var pageSize = int.TryParse(query["PageSize"], CultureInfo.InvariantCulture, out var size) ? Math.Clamp(size, 1, 1000) : 50;
        var page = int.TryParse(query["Page"], CultureInfo.InvariantCulture, out var p) ? Math.Max(0, p) : 0;
        var matches = state.Query(m =>
            (to.Length == 0 || m.To == to) &&
            (from.Length == 0 || m.From == from) &&
            (on is null || (m.SentAt is { } s1 && s1.UtcDateTime.Date == on.Value.UtcDateTime.Date)) &&
            (after is null || (m.SentAt is { } s2 && s2 >= after.Value)) &&
            (before is null || (m.SentAt is { } s3 && s3 <= before.Value)));
        var start = page * pageSize;
        var records = new List<Dictionary<string, object?>>();
        for (var i = start; i < matches.Count && i < start + pageSize; i++)
        {
            records.Add(TwilioJson.Message(state.Options.AccountSid, matches[i]));
        }

        var filter = new StringBuilder();
        foreach (var (key, value) in query)
        {
            if (key is not "Page" and not "PageSize" and not "PageToken")
            {
                filter.Append('&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value.ToString()));
            }
        }

        var path = $"/2010-04-01/Accounts/{accountSid}/Messages.json";
        string PageUri(int n) => $"{path}?PageSize={pageSize}&Page={n}{filter}";
        var hasNext = start + pageSize < matches.Count;
        return Results.Json(new Dictionary<string, object?>
        {
            ["end"] = start + records.Count - 1,
            ["first_page_uri"] = PageUri(0),
            ["messages"] = records,
            ["next_page_uri"] = hasNext ? PageUri(page + 1) : null,
            ["page"] = page,
            ["page_size"] = pageSize,
            ["previous_page_uri"] = page > 0 ? PageUri(page - 1) : null,
            ["start"] = start,
            ["uri"] = PageUri(page),
        });
    }

    private static IResult Fetch(HttpContext http, string accountSid, string sid, SimulatorState state)
    {
        if (Unauthorized(http, accountSid, state) is { } denied)
        {
            return denied;
        }

        return state.Find(sid) is { } message
            ? Results.Json(TwilioJson.Message(state.Options.AccountSid, message))
            : Error(20404, 404, $"The requested resource {http.Request.Path} was not found");
    }

    private static IResult? Validate(string to, string? from, string? service, string body, string? callback)
    {
        if (!E164().IsMatch(to))
        {
            return Error(21211, 400, $"Invalid 'To' Phone Number: {to}");
        }

        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(service))
        {
            return Error(21603, 400, "A 'From' or 'MessagingServiceSid' parameter is required to send a message");
        }

        if (body.Length == 0)
        {
            return Error(21602, 400, "Message body is required");
        }

        if (body.Length > 1600)
        {
            return Error(21617, 400, "The concatenated message body exceeds the 1600 character limit");
        }

        if (!string.IsNullOrEmpty(callback) && !Uri.TryCreate(callback, UriKind.Absolute, out _))
        {
            return Error(21609, 400, $"Invalid StatusCallback: {callback}");
        }

        return null;
    }

    private static IResult? Unauthorized(HttpContext http, string accountSid, SimulatorState state)
    {
        var expected = state.Options.AccountSid + ":" + state.Options.AuthToken;
        if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var auth)
            && auth.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && auth.Parameter is { } parameter
            && Decode(parameter) == expected
            && accountSid == state.Options.AccountSid)
        {
            return null;
        }

        http.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
        return Error(20003, 401, "Authenticate");
    }

    private static string? Decode(string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static DateTimeOffset? ParseDate(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    private static IResult Error(int code, int status, string message) =>
        Results.Json(TwilioJson.Error(code, status, message), statusCode: status);
}
