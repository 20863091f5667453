using System.Collections.Concurrent;
using Seismic.Drills.Acks;
using Seismic.Drills.Delivery;

namespace Seismic.Web.Tests;

/// <summary>Records what the web layer passes to the domain; knows one acknowledgement token.</summary>
internal sealed class FakeDrillEvents : IDrillEvents
{
    public const string Token = "q1Fz0rD8nX3vKp7L2mWc9A";

    private AckLinkView view = new(
        "drill-qingfeng-2026-05-12", "青凤社区地震疏散演练 Qingfeng evacuation drill", true, "李明 Li Ming", "zh-Hans",
        "青凤社区 Qingfeng", "江南中街中心公园 Jiangnan Central Park", 6.4, null, null);

    public ConcurrentQueue<(string Sid, string Status, string? ErrorCode)> Statuses { get; } = new();

    public ConcurrentQueue<(string From, string Body)> Inbound { get; } = new();

    public ConcurrentQueue<(string Token, AckKind Kind)> Acks { get; } = new();

    public string? ReplyText { get; set; } = "已收到，谢谢 <ok> · Received, thank you";

    public int Calls => Statuses.Count + Inbound.Count + Acks.Count;

    public Task OnDeliveryStatusAsync(string providerSid, string status, string? errorCode, CancellationToken cancellationToken = default)
    {
        Statuses.Enqueue((providerSid, status, errorCode));
        return Task.CompletedTask;
    }

    public Task<InboundResult> OnInboundSmsAsync(string from, string body, CancellationToken cancellationToken = default)
    {
        Inbound.Enqueue((from, body));
        return Task.FromResult(new InboundResult(body == "1" ? InboundOutcome.Acknowledged : InboundOutcome.Unrecognised, ReplyText));
    }

    public Task<AckLinkView?> ViewLinkAsync(string token, CancellationToken cancellationToken = default) =>
        Task.FromResult(token == Token ? view : null);

    public Task<AckLinkView?> AcknowledgeByLinkAsync(string token, AckKind kind, CancellationToken cancellationToken = default)
    {
        if (token != Token)
        {
            return Task.FromResult<AckLinkView?>(null);
        }

        Acks.Enqueue((token, kind));
        view = view with { Current = kind, AnsweredAt = new DateTimeOffset(2026, 5, 12, 2, 31, 0, TimeSpan.Zero) };
        return Task.FromResult<AckLinkView?>(view);
    }
}
