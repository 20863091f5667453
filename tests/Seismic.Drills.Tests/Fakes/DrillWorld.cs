using Microsoft.Extensions.Time.Testing;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Tests.Fakes;

/// <summary>In-memory stores, a fake provider and a fake clock: the world the dispatch tests run in.</summary>
internal sealed class DrillWorld
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero); // 10:00 Asia/Shanghai

    public DrillWorld()
    {
        Time = new FakeTimeProvider(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        Stores = new DrillStores(Rosters, Drills, Outbox, Acks);
        Gateway = new FakeSmsGateway(Time);
    }

    public FakeTimeProvider Time { get; }

    public InMemoryRosterStore Rosters { get; } = new();

    public InMemoryDrillStore Drills { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    public InMemoryAckStore Acks { get; } = new();

    public DrillStores Stores { get; }

    public FakeSmsGateway Gateway { get; }

    public DeliveryOptions Options { get; set; } = new()
    {
        MessagesPerSecond = 1_000_000, WorkerId = "w1", AckBaseUrl = new Uri("https://ack.example.cn"),
        RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(8), MaxAttempts = 4,
    };

    public OutboxProcessor Processor(string? worker = null) =>
        new(Stores, Gateway, worker is null ? Options : Options with { WorkerId = worker }, Time);

    public static RosterPerson Person(string id, RosterRole role, string community, string street = "凤阳街道", ConsentState consent = ConsentState.OptedIn) =>
        new(id, "姓名" + id, role, community, street, "+86138" + id.PadLeft(8, '0')[^8..], "zh-Hans", [], "any", consent);

    public async Task<IReadOnlyList<OutboxMessage>> EnqueueAsync(string dispatchId, params RosterPerson[] people)
    {
        await Rosters.ImportAsync(people.Where(p => Rosters.FindAsync(p.Id).Result is null).ToList(), Start);
        var rows = people.Select(p => new OutboxMessage(
            0, OutboxMessage.KeyOf(dispatchId, p.Id), dispatchId, p.Id, p.PhoneE164, "text for " + p.Id, InjectKind.Alarm,
            OutboxStatus.Pending, 0, Time.GetUtcNow(), Time.GetUtcNow(), null, null, null, null, null, null)).ToList();
        await Outbox.EnqueueAsync(rows);
        return await Outbox.ListAsync(dispatchId);
    }
}
