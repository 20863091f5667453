using Microsoft.Extensions.DependencyInjection;
using Seismic.Drills.Delivery;
using Seismic.Drills.Twilio;

namespace Seismic.SmsSimulator.Tests;

public sealed class TwilioAdapterTests
{
    [Fact]
    public void Signature_Computed_MatchesTheSimulatorsAndValidates()
    {
        KeyValuePair<string, string>[] form = [new("To", "+8613800138000"), new("Body", "1"), new("From", "+15005550006"), new("Body", "0")];
        const string url = "https://office.example.org/webhooks/twilio/inbound?x=1";

        var ours = TwilioSignature.Compute("token", url, form);

        ours.Should().Be(WebhookSigner.Sign("token", url, form));
        TwilioSignature.IsValid("token", url, form.Where(p => p.Value != "0"), TwilioSignature.Compute("token", url, form.Where(p => p.Value != "0"))).Should().BeTrue();
        TwilioSignature.IsValid("token", url, form, null).Should().BeFalse();
        TwilioSignature.IsValid("token", url, form, string.Empty).Should().BeFalse();
    }

    [Fact]
    public async Task AddSeismicTwilio_RegistersAGatewayThatSends()
    {
        await using var server = await SimulatorFixture.StartAsync();
        var services = new ServiceCollection();
        services.AddSeismicTwilio(SimulatorFixture.Options(server));
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<ISmsGateway>().SendAsync(SimulatorFixture.Request("+8613800138070", "di"));

        result.Sid.Should().Be(server.Messages.Single().Sid);
        provider.GetRequiredService<TwilioOptions>().AuthToken.Should().Be(SimulatorFixture.AuthToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Options_RejectAttemptsOutOfRange(int attempts)
    {
        var options = new TwilioOptions { AccountSid = "AC1", AuthToken = "t", From = "+15005550006", MaxAttempts = attempts };

        var act = options.Validate;

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Options_RequireASender()
    {
        var options = new TwilioOptions { AccountSid = "AC1", AuthToken = "t" };

        var act = options.Validate;

        act.Should().Throw<ArgumentException>().WithMessage("*From*MessagingServiceSid*");
    }
}
