using Seismic.Drills.Delivery;
using Seismic.Drills.Twilio;

namespace Seismic.SmsSimulator.Tests;

/// <summary>Starts a simulator and a gateway (the real Twilio SDK) pointed at it.</summary>
internal static class SimulatorFixture
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test-auth-token-5f1c";
    public const string Sender = "+15005550006";

    public static Task<SmsSimulatorServer> StartAsync(SimulatorOptions? options = null) =>
        SmsSimulatorServer.StartAsync((options ?? new SimulatorOptions()) with { AccountSid = AccountSid, AuthToken = AuthToken });

    public static TwilioOptions Options(SmsSimulatorServer server) => new()
    {
        AccountSid = AccountSid,
        AuthToken = AuthToken,
        From = Sender,
        BaseUrl = server.BaseUrl,
        MaxAttempts = 4,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryAfter = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(30),
    };

    public static ISmsGateway Gateway(SmsSimulatorServer server, Func<TwilioOptions, TwilioOptions>? change = null)
    {
        var options = Options(server);
        return TwilioGateway.Create(change is null ? options : change(options));
    }

    public static SmsRequest Request(string to, string body, Uri? callback = null) => new(to, body, callback, "key-" + to);
}
