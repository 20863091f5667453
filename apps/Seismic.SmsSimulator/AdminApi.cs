using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Seismic.SmsSimulator;

/// <summary>
/// Run-time control of a simulator started as a process (the in-process API does the same): faults, fixed replies,
/// handset messages, and the record of what was sent. Unauthenticated: the simulator listens on the loopback address.
/// </summary>
internal static class AdminApi
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state, WebhookSender sender)
    {
        var admin = app.MapGroup("/_simulator");
        admin.MapGet("/faults", () => Results.Json(state.Faults));
        admin.MapPut("/faults", (FaultSettings faults) =>
        {
            state.Faults = faults;
            return Results.Json(state.Faults);
        });
        admin.MapGet("/messages", (string? to) => Results.Json(
            to is null ? state.Messages() : state.Messages().Where(m => m.To == to).ToArray()));
        admin.MapGet("/counters", () => Results.Json(state.Counters));
        admin.MapGet("/inbound", () => Results.Json(state.Inbound()));
        admin.MapPut("/replies/{number}", (string number, ReplyRequest reply) =>
        {
            state.SetReply(number, reply.Body, TimeSpan.FromMilliseconds(reply.DelayMs));
            return Results.NoContent();
        });
        admin.MapDelete("/replies/{number}", (string number) =>
        {
            state.SetReply(number, null, TimeSpan.Zero);
            return Results.NoContent();
        });
        admin.MapPost("/inbound", (InboundRequest message) =>
        {
            var received = state.ReceiveInbound(message.From, message.To ?? state.Options.ServiceNumber, message.Body);
            sender.StartInbound(received);
            return Results.Json(received, statusCode: 202);
        });
    }

    /// <summary>A fixed reply for one number.</summary>
    /// <param name="Body">The reply text.</param>
    /// <param name="DelayMs">Milliseconds between delivery and reply.</param>
    internal sealed record ReplyRequest(string Body, int DelayMs);

    /// <summary>A message a handset sends on its own.</summary>
    /// <param name="From">The handset.</param>
    /// <param name="Body">The text.</param>
    /// <param name="To">The number texted; the service number when null.</param>
    internal sealed record InboundRequest(string From, string Body, string? To);
}
