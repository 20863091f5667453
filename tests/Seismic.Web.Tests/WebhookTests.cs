using System.Net;

namespace Seismic.Web.Tests;

public sealed class WebhookTests
{
    private static readonly KeyValuePair<string, string>[] StatusForm =
    [
        new("AccountSid", "AC0123456789abcdef0123456789abcdef"),
        new("ApiVersion", "2010-04-01"),
        new("From", "+15005550006"),
        new("MessageSid", "SM0123456789abcdef0123456789abcdef"),
        new("MessageStatus", "undelivered"),
        new("ErrorCode", "30003"),
        new("To", "+8613800138000"),
    ];

    private static readonly KeyValuePair<string, string>[] InboundForm =
    [
        new("AccountSid", "AC0123456789abcdef0123456789abcdef"),
        new("Body", "1"),
        new("From", "+8613800138000"),
        new("MessageSid", "SMfedcba9876543210fedcba9876543210"),
        new("NumMedia", "0"),
        new("To", "+15005550006"),
    ];

    [Fact]
    public async Task SignedStatusCallback_ReachesDrillEvents()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/status", StatusForm);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Events.Statuses.Should().ContainSingle().Which.Should().Be(("SM0123456789abcdef0123456789abcdef", "undelivered", "30003"));
    }

    [Fact]
    public async Task SignedInboundMessage_ReachesDrillEvents_AndIsAnsweredWithEscapedTwiML()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/inbound", InboundForm);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        (await response.Content.ReadAsStringAsync()).Should().EndWith("<Response><Message>已收到，谢谢 &lt;ok&gt; · Received, thank you</Message></Response>");
        app.Events.Inbound.Should().ContainSingle().Which.Should().Be(("+8613800138000", "1"));
    }

    [Fact]
    public async Task InboundMessage_WithoutReplyText_IsAnsweredWithEmptyResponse()
    {
        await using var app = new TestApp();
        app.Events.ReplyText = null;
        using var client = app.CreateClient();

        using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/inbound", InboundForm);

        (await response.Content.ReadAsStringAsync()).Should().EndWith("<Response></Response>");
    }

    [Theory]
    [InlineData("/webhooks/twilio/status")]
    [InlineData("/webhooks/twilio/inbound")]
    public async Task UnsignedPost_Is403_AndChangesNothing(string path)
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var response = await TestApp.PostSignedAsync(client, path, path.EndsWith("status", StringComparison.Ordinal) ? StatusForm : InboundForm, sign: false);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        app.Events.Calls.Should().Be(0);
    }

    [Fact]
    public async Task PostSignedWithAnotherToken_Is403_AndChangesNothing()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/status", StatusForm, token: "forger-token");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        app.Events.Calls.Should().Be(0);
    }

    [Fact]
    public async Task TamperedParameter_Is403_AndChangesNothing()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();
        var tampered = InboundForm.Select(p => p.Key == "Body" ? new KeyValuePair<string, string>("Body", "2") : p).ToList();

        using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/inbound", InboundForm, sentForm: tampered);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        app.Events.Calls.Should().Be(0);
    }

    [Fact]
    public async Task AddedParameter_Is403_BecauseEveryParameterIsSigned()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();
        var extended = StatusForm.Append(new("MessageStatus", "delivered")).ToList();

        using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/status", StatusForm, sentForm: extended);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        app.Events.Calls.Should().Be(0);
    }

    [Fact]
    public async Task ReplayedPost_Is403_AndReachesDrillEventsOnce()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var first = await TestApp.PostSignedAsync(client, "/webhooks/twilio/inbound", InboundForm);
        using var replay = await TestApp.PostSignedAsync(client, "/webhooks/twilio/inbound", InboundForm);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        replay.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        app.Events.Inbound.Should().ContainSingle();
    }

    [Fact]
    public async Task StatusSequence_OfOneMessage_IsNotTakenForAReplay()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        foreach (var status in new[] { "queued", "sent", "delivered" })
        {
            var form = StatusForm.Where(p => p.Key != "ErrorCode")
                .Select(p => p.Key == "MessageStatus" ? new KeyValuePair<string, string>(p.Key, status) : p).ToList();
            using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/status", form);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        app.Events.Statuses.Select(s => s.Status).Should().Equal("queued", "sent", "delivered");
        app.Events.Statuses.Should().OnlyContain(s => s.ErrorCode == null);
    }

    [Fact]
    public async Task BehindAProxy_TheSignatureIsCheckedAgainstThePublicUrl()
    {
        await using var app = new TestApp(new WebOptions { TwilioAuthToken = TestApp.AuthToken, PublicBaseUrl = new Uri("https://alerts.haizhu.example/") });
        using var client = app.CreateClient();

        using var publicSigned = await TestApp.PostSignedAsync(client, "/webhooks/twilio/status?d=1", StatusForm, signedUrl: "https://alerts.haizhu.example/webhooks/twilio/status?d=1");
        using var internalSigned = await TestApp.PostSignedAsync(
            client, "/webhooks/twilio/status?d=2", StatusForm.Select(p => p.Key == "MessageStatus" ? new KeyValuePair<string, string>(p.Key, "failed") : p).ToList());

        publicSigned.StatusCode.Should().Be(HttpStatusCode.OK);
        internalSigned.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        app.Events.Statuses.Should().ContainSingle();
    }

    [Fact]
    public async Task WithoutAnAuthToken_EveryWebhookIsRefused()
    {
        await using var app = new TestApp(new WebOptions());
        using var client = app.CreateClient();

        using var response = await TestApp.PostSignedAsync(client, "/webhooks/twilio/status", StatusForm);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        app.Events.Calls.Should().Be(0);
    }
}
