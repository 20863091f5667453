using Seismic.Drills;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Messages;
using Seismic.Drills.Outbox;
using Seismic.Drills.Rosters;
using Seismic.Drills.Storage;
using Seismic.SmsSimulator;

namespace Seismic.Cli.Tests.Reliability;

/// <summary>A roster of unique numbers and one alert dispatch queued for all of them, written with the real storage.</summary>
internal static class OutboxScenario
{
    public const string Community = "赤岗街道测试社区";

    /// <summary>Imports <paramref name="count"/> people and queues one alert message each; returns the dispatch id and the numbers.</summary>
    public static async Task<(string DispatchId, IReadOnlyList<string> Numbers)> PrepareAsync(DrillsStorage storage, int count, string alertId)
    {
        var stores = new DrillStores(storage.Rosters, storage.Drills, storage.Outbox, storage.Acks);
        var people = new List<RosterPerson>(count);
        for (var i = 0; i < count; i++)
        {
            var phone = RosterSynthesizer.FakePhonePrefix + (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            people.Add(new RosterPerson($"p{i:D5}", $"居民{i}", RosterRole.Volunteer, Community, "赤岗路", phone, "zh", [], "any", ConsentState.OptedIn));
        }

        await storage.Rosters.ImportAsync(people, DateTimeOffset.UtcNow);
        var alerts = new AlertService(stores, new MessageComposer(), new DeliveryOptions(), TimeProvider.System);
        var (dispatchId, inserted) = await alerts.EnqueueAsync(
            new RealAlert(alertId, "海珠区地震演练测试", "请按预案前往最近的避难场所。", [Community], DateTimeOffset.UtcNow));
        inserted.Should().Be(count);
        return (dispatchId, people.Select(p => p.PhoneE164).ToList());
    }

    /// <summary>Asserts every row went out and the provider saw exactly one message per number.</summary>
    public static async Task AssertExactlyOnceAsync(DrillsStorage storage, string dispatchId, IReadOnlyList<string> numbers, SmsSimulatorServer simulator)
    {
        var rows = await storage.Outbox.ListAsync(dispatchId);
        rows.Should().HaveCount(numbers.Count);
        rows.Where(r => r.Status is not (OutboxStatus.Sent or OutboxStatus.Delivered))
            .Select(r => $"{r.To} {r.Status} attempts {r.Attempts} {r.ErrorCode}")
            .Should().BeEmpty("no message may be lost");
        var perNumber = simulator.Messages.GroupBy(m => m.To).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        numbers.Where(n => perNumber.GetValueOrDefault(n) != 1)
            .Select(n => $"{n}: {perNumber.GetValueOrDefault(n)} messages")
            .Should().BeEmpty("every recipient gets exactly one message");
        simulator.Messages.Should().HaveCount(numbers.Count, "no duplicates and nothing to anyone else");
        rows.Select(r => r.ProviderSid).Distinct().Should().HaveCount(numbers.Count);
    }
}
