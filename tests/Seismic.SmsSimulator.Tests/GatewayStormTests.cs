using System.Collections.Concurrent;
using Seismic.Drills.Delivery;

namespace Seismic.SmsSimulator.Tests;

public sealed class GatewayStormTests
{
    [Fact]
    public async Task MixedTooManyRequestsAndServerErrorStorm_EveryRecipientGetsExactlyOneMessage()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions
        {
            Seed = 7,
            Faults = new FaultSettings { TooManyRequestsRate = 0.2, ServerErrorRate = 0.05, CallbackDelay = TimeSpan.Zero },
        });
        var gateway = SimulatorFixture.Gateway(server, o => o with { MaxAttempts = 10 });
        using var owner = (IDisposable)gateway;
        var recipients = Enumerable.Range(0, 150).Select(i => $"+86139{i:00000000}").ToArray();
        var failures = new ConcurrentBag<SmsGatewayException>();

        await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (to, token) =>
        {
            try
            {
                await gateway.SendAsync(SimulatorFixture.Request(to, "【演练】storm"), token);
            }
            catch (SmsGatewayException failure)
            {
                failures.Add(failure);
            }
        });

        failures.Should().BeEmpty();
        var counters = server.Counters;
        counters.Accepted.Should().Be(recipients.Length);
        (counters.TooManyRequests + counters.ServerErrors).Should().BePositive("the storm must actually have refused requests");
        counters.CreateRequests.Should().Be(counters.Accepted + counters.TooManyRequests + counters.ServerErrors);
        server.Messages.GroupBy(m => m.To).Should().HaveCount(recipients.Length).And.OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public async Task OverTheProvidersMessagesPerSecond_RetriesHonourRetryAfter_AndAllMessagesGoThrough()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions
        {
            Faults = new FaultSettings { MaxMessagesPerSecond = 20, RetryAfterSeconds = 1, CallbackDelay = TimeSpan.Zero },
        });
        var gateway = SimulatorFixture.Gateway(server, o => o with { MaxAttempts = 6, MaxRetryAfter = TimeSpan.FromSeconds(2) });
        using var owner = (IDisposable)gateway;
        var recipients = Enumerable.Range(0, 50).Select(i => $"+86137{i:00000000}").ToArray();

        await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (to, token) =>
            await gateway.SendAsync(SimulatorFixture.Request(to, "rate"), token));

        server.Counters.Accepted.Should().Be(50);
        server.Counters.TooManyRequests.Should().BePositive();
        var times = server.Messages.Select(m => m.CreatedAt).Order().ToArray();
        for (var i = 20; i < times.Length; i++)
        {
            (times[i] - times[i - 20]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1), "no more than 20 messages may be accepted in any second");
        }
    }
}
