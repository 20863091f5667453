using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Outbox;
using Seismic.Drills.Rosters;
using Seismic.Drills.Tests.Fakes;

namespace Seismic.Drills.Tests.Dispatch;

public class OutboxProcessorTests
{
    private static RosterPerson[] Volunteers(int count) =>
        Enumerable.Range(1, count).Select(i => DrillWorld.Person("V" + i, RosterRole.Volunteer, "沙园社区")).ToArray();

    [Fact]
    public async Task Process_SendsEveryDueRowOnce_AndRecordsTheProviderSid()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(25));

        var sent = await world.Processor().ProcessAsync("D1/alarm");

        sent.Should().Be(25);
        world.Gateway.Sent.Select(s => s.To).Should().OnlyHaveUniqueItems().And.HaveCount(25);
        var rows = world.Outbox.All;
        rows.Should().OnlyContain(r => r.Status == OutboxStatus.Sent && r.ProviderSid != null);
        rows.Select(r => r.ProviderSid).Should().BeEquivalentTo(world.Gateway.Sent.Select(s => s.Sid));
    }

    [Fact]
    public async Task Process_RunTwice_SendsNothingTheSecondTime()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(10));
        await world.Processor().ProcessAsync("D1/alarm");

        var again = await world.Processor("w2").ProcessAsync("D1/alarm");

        again.Should().Be(0);
        world.Gateway.Requests.Should().Be(10);
    }

    [Fact]
    public async Task Process_OnlyTouchesTheGivenDispatch()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(3));
        await world.EnqueueAsync("D2/alarm", Volunteers(3));

        await world.Processor().ProcessAsync("D1/alarm");

        world.Outbox.All.Where(r => r.DispatchId == "D2/alarm").Should().OnlyContain(r => r.Status == OutboxStatus.Pending);
    }

    [Fact]
    public async Task TransientFailure_IsRetriedAfterBackoff_AndSentOnce()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(1));
        world.Gateway.FailNext(new SmsGatewayException("too many requests", "20429", isTransient: true));
        var processor = world.Processor();

        (await processor.ProcessAsync("D1/alarm")).Should().Be(0);
        var waiting = world.Outbox.All.Single();
        waiting.Status.Should().Be(OutboxStatus.Pending);
        waiting.ErrorCode.Should().Be("20429");
        waiting.NotBefore.Should().BeAfter(world.Time.GetUtcNow());

        world.Time.Advance(TimeSpan.FromSeconds(2));
        (await processor.ProcessAsync("D1/alarm")).Should().Be(1);

        world.Gateway.Sent.Should().ContainSingle();
        world.Outbox.All.Single().Status.Should().Be(OutboxStatus.Sent);
    }

    [Fact]
    public async Task RetryAfterHint_DelaysTheRowAtLeastThatLong()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(1));
        world.Gateway.FailNext(new SmsGatewayException("slow down", "429", true, TimeSpan.FromSeconds(30)));

        await world.Processor().ProcessAsync("D1/alarm");

        world.Outbox.All.Single().NotBefore.Should().BeOnOrAfter(DrillWorld.Start + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task TransientFailures_StopAfterMaxAttempts_AsFailed()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(1));
        world.Gateway.Fault = _ => new SmsGatewayException("server error", "500", isTransient: true);
        var processor = world.Processor();

        for (var i = 0; i < 10; i++)
        {
            await processor.ProcessAsync("D1/alarm");
            world.Time.Advance(TimeSpan.FromSeconds(10));
        }

        world.Gateway.Requests.Should().Be(world.Options.MaxAttempts);
        world.Outbox.All.Single().Status.Should().Be(OutboxStatus.Failed);
    }

    [Fact]
    public async Task PermanentError_IsNotRetried()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(1));
        world.Gateway.FailNext(new SmsGatewayException("invalid To", "21211", isTransient: false));
        var processor = world.Processor();

        await processor.ProcessAsync("D1/alarm");
        world.Time.Advance(TimeSpan.FromMinutes(10));
        await processor.ProcessAsync("D1/alarm");

        world.Gateway.Requests.Should().Be(1);
        var row = world.Outbox.All.Single();
        row.Status.Should().Be(OutboxStatus.Failed);
        row.ErrorCode.Should().Be("21211");
    }

    [Fact]
    public async Task OptedOutAtProvider_FailsTheRow_AndWithdrawsConsent()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(2));
        world.Gateway.FailNext(new SmsGatewayException("opted out", OutboxProcessor.OptedOutErrorCode, isTransient: false));

        await world.Processor().ProcessAsync("D1/alarm");

        var failed = world.Outbox.All.Single(r => r.Status == OutboxStatus.Failed);
        failed.ErrorCode.Should().Be("21610");
        (await world.Rosters.FindAsync(failed.PersonId))!.Consent.Should().Be(ConsentState.OptedOut);
        (await world.Rosters.ConsentHistoryAsync(failed.PersonId))[^1].Source.Should().Be("provider-21610");
    }

    [Fact]
    public async Task OptedOutPerson_IsSuppressed_WithoutARequest()
    {
        var world = new DrillWorld();
        var quiet = DrillWorld.Person("V9", RosterRole.Volunteer, "沙园社区", consent: ConsentState.OptedOut);
        await world.EnqueueAsync("D1/alarm", quiet);

        await world.Processor().ProcessAsync("D1/alarm");

        world.Gateway.Requests.Should().Be(0);
        world.Outbox.All.Single().Status.Should().Be(OutboxStatus.Suppressed);
    }

    [Fact]
    public async Task CrashAfterTheProviderAccepted_IsReconciled_NotSentAgain()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(3));
        world.Gateway.CrashAfterAccept = r => r.Body == "text for V2";

        var crashed = () => world.Processor("w1").ProcessAsync("D1/alarm");
        await crashed.Should().ThrowAsync<InvalidOperationException>();
        world.Gateway.CrashAfterAccept = null;

        // The crashed worker's claim expires; another worker takes the rows over.
        world.Time.Advance(world.Options.ClaimLease + TimeSpan.FromSeconds(1));
        await world.Processor("w2").ProcessAsync("D1/alarm");

        world.Gateway.Sent.Should().HaveCount(3);
        world.Gateway.Sent.Select(s => s.Body).Should().OnlyHaveUniqueItems();
        var rows = world.Outbox.All;
        rows.Should().OnlyContain(r => r.Status == OutboxStatus.Sent);
        rows.Single(r => r.PersonId == "V2").ProviderSid.Should().Be(world.Gateway.Sent.Single(s => s.Body == "text for V2").Sid);
        world.Gateway.ListCalls.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task ProcessUntilSettled_WaitsOutBackoffs()
    {
        var world = new DrillWorld();
        await world.EnqueueAsync("D1/alarm", Volunteers(5));
        world.Gateway.FailNext(new SmsGatewayException("busy", "20429", true));
        world.Gateway.FailNext(new SmsGatewayException("busy", "20429", true));

        var options = world.Options with { RetryBaseDelay = TimeSpan.FromMilliseconds(20), MaxRetryDelay = TimeSpan.FromMilliseconds(40) };
        var processor = new OutboxProcessor(world.Stores, world.Gateway, options, TimeProvider.System);

        var open = await processor.ProcessUntilSettledAsync("D1/", TimeSpan.FromMinutes(5));

        open.Should().BeEmpty();
        world.Gateway.Sent.Should().HaveCount(5);
    }

    [Fact]
    public void RetryDelay_DoublesUpToTheCap()
    {
        var processor = new DrillWorld().Processor();

        processor.RetryDelay(1).Should().Be(TimeSpan.FromSeconds(1));
        processor.RetryDelay(2).Should().Be(TimeSpan.FromSeconds(2));
        processor.RetryDelay(3).Should().Be(TimeSpan.FromSeconds(4));
        processor.RetryDelay(10).Should().Be(TimeSpan.FromSeconds(8));
    }
}
