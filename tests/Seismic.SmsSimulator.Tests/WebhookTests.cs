using Seismic.Drills.Delivery;
using Seismic.Drills.Twilio;
using Twilio.Security;

namespace Seismic.SmsSimulator.Tests;

public sealed class WebhookTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StatusCallbacks_ArriveInOrder_SignedSoRequestValidatorAcceptsThem()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        var sent = await gateway.SendAsync(SimulatorFixture.Request("+8613800138020", "status please", receiver.Url("/webhooks/twilio/status?drill=q1")));
        await server.WaitForIdleAsync(Idle);

        var posts = receiver.Received.ToList();
        posts.Select(p => p["MessageStatus"]).Should().Equal("queued", "sent", "delivered");
        posts.Should().OnlyContain(p => p["MessageSid"] == sent.Sid && p["To"] == "+8613800138020" && p["AccountSid"] == SimulatorFixture.AccountSid);
        var validator = new RequestValidator(SimulatorFixture.AuthToken);
        foreach (var post in posts)
        {
            post.Url.Should().EndWith("/webhooks/twilio/status?drill=q1");
            validator.Validate(post.Url, post.Form.ToDictionary(p => p.Key, p => p.Value), post.Signature).Should().BeTrue();
            TwilioSignature.IsValid(SimulatorFixture.AuthToken, post.Url, post.Form, post.Signature).Should().BeTrue();
        }

        server.MessagesTo("+8613800138020").Single().Status.Should().Be("delivered");
    }

    [Fact]
    public async Task StatusCallback_FailsValidation_WhenAParameterIsTamperedOrTheTokenDiffers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138021", "x", receiver.Url("/status")));
        await server.WaitForIdleAsync(Idle);

        var post = receiver.Received.Last();
        var tampered = post.Form.Select(p => p.Key == "MessageStatus" ? new KeyValuePair<string, string>(p.Key, "failed") : p).ToList();
        TwilioSignature.IsValid(SimulatorFixture.AuthToken, post.Url, tampered, post.Signature).Should().BeFalse();
        TwilioSignature.IsValid("another-token", post.Url, post.Form, post.Signature).Should().BeFalse();
        TwilioSignature.IsValid(SimulatorFixture.AuthToken, post.Url + "&extra=1", post.Form, post.Signature).Should().BeFalse();
    }

    [Fact]
    public async Task UndeliveredMessages_ReportErrorCodeInTheFinalCallback()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Faults = new FaultSettings { UndeliveredRate = 1 } });
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138022", "x", receiver.Url("/status")));
        await server.WaitForIdleAsync(Idle);

        var last = receiver.Received.Last();
        last["MessageStatus"].Should().Be("undelivered");
        last["ErrorCode"].Should().Be("30003");
    }

    [Fact]
    public async Task AckRateOne_RepliesOneFromEveryRecipient_SignedToTheInboundWebhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions
        {
            AckRate = 1,
            InboundWebhookUrl = receiver.Url("/webhooks/twilio/inbound"),
        });
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;
        string[] numbers = ["+8613800138030", "+8613800138031", "+8613800138032"];

        foreach (var number in numbers)
        {
            await gateway.SendAsync(SimulatorFixture.Request(number, "【演练】请回复1"));
        }

        await server.WaitForIdleAsync(Idle);

        var inbound = receiver.Received.Where(p => p.Url.EndsWith("/inbound", StringComparison.Ordinal)).ToList();
        inbound.Select(p => p["From"]).Should().BeEquivalentTo(numbers);
        inbound.Should().OnlyContain(p => p["Body"] == "1" && p["To"] == SimulatorFixture.Sender && p["SmsStatus"] == "received");
        inbound.Should().OnlyContain(p => TwilioSignature.IsValid(SimulatorFixture.AuthToken, p.Url, p.Form, p.Signature));
        server.Inbound.Should().HaveCount(3).And.OnlyContain(m => m.WebhookStatus == 200);
    }

    [Fact]
    public async Task StopReply_OptsTheNumberOut_UntilStart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { InboundWebhookUrl = receiver.Url("/inbound") });
        server.SetReply("+8613800138040", "STOP", TimeSpan.FromMilliseconds(10));
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138040", "first"));
        await server.WaitForIdleAsync(Idle);
        var refused = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138040", "second"));
        var failure = (await refused.Should().ThrowAsync<SmsGatewayException>()).Which;
        server.SendInbound("+8613800138040", "START");
        await server.WaitForIdleAsync(Idle);
        server.SetReply("+8613800138040", null);
        var third = await gateway.SendAsync(SimulatorFixture.Request("+8613800138040", "third"));

        failure.ErrorCode.Should().Be("21610");
        failure.IsTransient.Should().BeFalse();
        third.Sid.Should().StartWith("SM");
        receiver.Received.Select(p => p["Body"]).Should().Equal("STOP", "START");
        server.MessagesTo("+8613800138040").Select(m => m.Body).Should().Equal("first", "third");
    }

    [Fact]
    public async Task SlowCallbacks_StillArrive_AfterTheConfiguredDelay()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var server = await SimulatorFixture.StartAsync();
        server.Faults = new FaultSettings { CallbackDelay = TimeSpan.FromSeconds(1) };
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138041", "slow", receiver.Url("/status")));
        var early = receiver.Received.Count;
        await server.WaitForIdleAsync(Idle);

        early.Should().Be(0);
        receiver.Received.Should().HaveCount(3);
    }
}
