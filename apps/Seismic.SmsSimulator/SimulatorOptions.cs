namespace Seismic.SmsSimulator;

/// <summary>How the local Twilio-compatible simulator behaves.</summary>
public sealed record SimulatorOptions
{
    /// <summary>Account SID the Basic-auth user and the URL must carry.</summary>
    public string AccountSid { get; init; } = "AC00000000000000000000000000000000";

    /// <summary>Auth token: the Basic-auth password and the key webhooks are signed with.</summary>
    public string AuthToken { get; init; } = "simulator-auth-token";

    /// <summary>Where Kestrel listens; port 0 picks a free port on the loopback address.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:0";

    /// <summary>Seed of every random decision (faults, delivery outcome, replies, SIDs).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The number inbound replies are addressed to when a message was sent through a messaging service.</summary>
    public string ServiceNumber { get; init; } = "+15005550006";

    /// <summary>Where simulated replies are posted (the app's <c>/webhooks/twilio/inbound</c>); null records them only.</summary>
    public Uri? InboundWebhookUrl { get; init; }

    /// <summary>Share of delivered messages answered "1" (safe), 0–1.</summary>
    public double AckRate { get; init; }

    /// <summary>Share of delivered messages answered "2" (need help), 0–1.</summary>
    public double NeedHelpRate { get; init; }

    /// <summary>Share of delivered messages answered "STOP", 0–1 (the number is then opted out: 21610).</summary>
    public double StopRate { get; init; }

    /// <summary>Shortest delay between delivery and a simulated reply.</summary>
    public TimeSpan ReplyDelayMin { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest delay between delivery and a simulated reply.</summary>
    public TimeSpan ReplyDelayMax { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Fault injection at start; replace at run time with <see cref="SmsSimulatorServer.Faults"/>.</summary>
    public FaultSettings Faults { get; init; } = new();

    /// <summary>Clock for message dates (default: the system clock).</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Keep ASP.NET Core's console logging (off by default: the simulator runs inside tests and the demo).</summary>
    public bool Logging { get; init; }
}
