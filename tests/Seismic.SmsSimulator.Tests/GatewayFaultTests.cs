using System.Diagnostics;
using Seismic.Drills.Delivery;

namespace Seismic.SmsSimulator.Tests;

public sealed class GatewayFaultTests
{
    [Fact]
    public async Task TooManyRequestsStorm_IsRetried_UntilTheMessageGoesThrough()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Faults = new FaultSettings { TooManyRequestsBurst = 2 } });
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        var result = await gateway.SendAsync(SimulatorFixture.Request("+8613800138010", "storm"));

        result.Sid.Should().StartWith("SM");
        server.Counters.Should().Match<SimulatorCounters>(c => c.CreateRequests == 3 && c.TooManyRequests == 2 && c.Accepted == 1);
        server.CountTo("+8613800138010").Should().Be(1);
    }

    [Fact]
    public async Task TooManyRequestsStorm_LongerThanTheAttempts_SurfacesTransientErrorWithRetryAfter()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Faults = new FaultSettings { TooManyRequestsBurst = 50, RetryAfterSeconds = 7 } });
        var gateway = SimulatorFixture.Gateway(server, o => o with { MaxAttempts = 3 });
        using var owner = (IDisposable)gateway;

        var act = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138011", "storm"));

        var failure = (await act.Should().ThrowAsync<SmsGatewayException>()).Which;
        failure.IsTransient.Should().BeTrue();
        failure.ErrorCode.Should().Be("20429");
        failure.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        server.Counters.CreateRequests.Should().Be(3);
        server.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfter_BeforeTheNextAttempt()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Faults = new FaultSettings { TooManyRequestsBurst = 1, RetryAfterSeconds = 1 } });
        var gateway = SimulatorFixture.Gateway(server, o => o with { MaxRetryAfter = TimeSpan.FromSeconds(5) });
        using var owner = (IDisposable)gateway;
        var clock = Stopwatch.StartNew();

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138012", "patience"));

        // A lower bound only: the second attempt may not start before the provider's Retry-After of 1 s.
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        server.Counters.CreateRequests.Should().Be(2);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedBoundedTimes_ThenSurfaceAsTransient()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Faults = new FaultSettings { ServerErrorRate = 1 } });
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        var act = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138013", "down"));

        var failure = (await act.Should().ThrowAsync<SmsGatewayException>()).Which;
        failure.IsTransient.Should().BeTrue();
        failure.ErrorCode.Should().Be("20500");
        server.Counters.CreateRequests.Should().Be(4);
    }

    [Fact]
    public async Task ServerErrorBurst_ShorterThanTheAttempts_IsRetriedThrough()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Faults = new FaultSettings { ServerErrorBurst = 1 } });
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138014", "blip"));

        server.Counters.Should().Match<SimulatorCounters>(c => c.CreateRequests == 2 && c.ServerErrors == 1 && c.Accepted == 1);
    }

    [Fact]
    public async Task OptedOutRecipient_IsPermanent21610_AndSentExactlyOneRequest()
    {
        await using var server = await SimulatorFixture.StartAsync();
        server.SetOptOut("+8613800138015", optedOut: true);
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        var act = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138015", "drill"));

        var failure = (await act.Should().ThrowAsync<SmsGatewayException>()).Which;
        failure.ErrorCode.Should().Be("21610");
        failure.IsTransient.Should().BeFalse();
        failure.RetryAfter.Should().BeNull();
        server.Counters.Should().Match<SimulatorCounters>(c => c.CreateRequests == 1 && c.OptedOutRefusals == 1);
    }

    [Fact]
    public async Task AttemptTimeout_OnCreate_IsNotRetried_AndReconciliationFindsTheMessage()
    {
        await using var server = await SimulatorFixture.StartAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-5);

        // A first send with the default timeout warms up the SDK and the server (a cold first request can take
        // seconds on a busy machine), so the short attempt timeout below measures only the hang.
        var warm = SimulatorFixture.Gateway(server);
        using (warm as IDisposable)
        {
            await warm.SendAsync(SimulatorFixture.Request("+8613800138019", "warm-up"));
        }

        var gateway = SimulatorFixture.Gateway(server, o => o with { AttemptTimeout = TimeSpan.FromSeconds(1.5) });
        using var owner = (IDisposable)gateway;
        server.Faults = new FaultSettings { HangBurst = 1, HangTime = TimeSpan.FromSeconds(6), HangCreatesMessage = true };
        var act = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138016", "did it go?"));

        var failure = (await act.Should().ThrowAsync<SmsGatewayException>()).Which;
        failure.IsTransient.Should().BeTrue();
        failure.ErrorCode.Should().BeNull();
        server.Counters.Should().Match<SimulatorCounters>(c => c.CreateRequests == 2 && c.Hung == 1);
        var listed = await gateway.ListSentAsync("+8613800138016", since);
        listed.Should().ContainSingle().Which.Body.Should().Be("did it go?");
    }

    [Fact]
    public async Task CancelledSend_ThrowsOperationCanceled_NotAGatewayError()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions
        {
            Faults = new FaultSettings { HangBurst = 1, HangTime = TimeSpan.FromSeconds(5) },
        });
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138017", "never mind"), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task UnreachableProvider_IsTransient()
    {
        var gateway = Drills.Twilio.TwilioGateway.Create(new Drills.Twilio.TwilioOptions
        {
            AccountSid = SimulatorFixture.AccountSid,
            AuthToken = SimulatorFixture.AuthToken,
            From = SimulatorFixture.Sender,
            BaseUrl = new Uri("http://127.0.0.1:9"),
            MaxAttempts = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });
        using var owner = (IDisposable)gateway;

        var act = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138018", "anyone?"));

        var failure = (await act.Should().ThrowAsync<SmsGatewayException>()).Which;
        failure.IsTransient.Should().BeTrue();
        failure.ErrorCode.Should().BeNull();
    }
}
