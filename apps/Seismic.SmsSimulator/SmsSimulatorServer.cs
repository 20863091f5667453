using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Seismic.SmsSimulator;

/// <summary>
/// A Twilio-compatible SMS server on the loopback address, for the demo and tests: the Messages API
/// (<c>/2010-04-01/Accounts/{sid}/Messages.json</c>), signed status callbacks, simulated replies and injected faults.
/// Point the Twilio gateway's base URL at <see cref="BaseUrl"/>.
/// </summary>
public sealed class SmsSimulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SimulatorState state;
    private readonly WebhookSender sender;

    private SmsSimulatorServer(WebApplication app, SimulatorState state, WebhookSender sender, Uri baseUrl)
    {
        this.app = app;
        this.state = state;
        this.sender = sender;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The options it was started with.</summary>
    public SimulatorOptions Options => state.Options;

    /// <summary>The faults in force; setting replaces them at once and restarts the bursts.</summary>
    public FaultSettings Faults
    {
        get => state.Faults;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            state.Faults = value;
        }
    }

    /// <summary>Request and outcome counts of the Messages API.</summary>
    public SimulatorCounters Counters => state.Counters;

    /// <summary>Every message accepted, in order of acceptance, with its current status.</summary>
    public IReadOnlyList<SimulatedMessage> Messages => state.Messages();

    /// <summary>Every handset message (simulated replies and <see cref="SendInbound"/>), with the webhook's answer.</summary>
    public IReadOnlyList<SimulatedInbound> Inbound => state.Inbound();

    /// <summary>Every webhook posted (status callbacks and inbound), with parameters and signature as sent.</summary>
    public IReadOnlyList<SimulatedCallback> Callbacks => state.Callbacks();

    /// <summary>Starts a simulator.</summary>
    /// <param name="options">Account, listening URL, seed, replies and faults.</param>
    /// <param name="cancellationToken">Cancellation of the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<SmsSimulatorServer> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AccountSid);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AuthToken);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SmsSimulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        if (!options.Logging)
        {
            builder.Logging.ClearProviders();
        }

        var state = new SimulatorState(options);
        var sender = new WebhookSender(state);
        var app = builder.Build();
        MessagesApi.Map(app, state, sender);
        AdminApi.Map(app, state, sender);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The simulator started without a listening address.");
        return new SmsSimulatorServer(app, state, sender, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)));
    }

    /// <summary>Messages accepted for one recipient, in order.</summary>
    /// <param name="to">E.164 number.</param>
    /// <returns>The messages.</returns>
    public IReadOnlyList<SimulatedMessage> MessagesTo(string to) => state.Messages().Where(m => m.To == to).ToArray();

    /// <summary>How many messages were accepted for one recipient.</summary>
    /// <param name="to">E.164 number.</param>
    /// <returns>The count.</returns>
    public int CountTo(string to) => MessagesTo(to).Count;

    /// <summary>Makes a number always answer a delivered message with a fixed text (overrides the rates).</summary>
    /// <param name="number">E.164 handset.</param>
    /// <param name="body">The reply ("1", "2", "STOP", …); null removes the rule.</param>
    /// <param name="delay">Delay between delivery and reply.</param>
    public void SetReply(string number, string? body, TimeSpan delay = default) => state.SetReply(number, body, delay);

    /// <summary>Marks a number opted out (21610 on every send) or back in, as STOP / START replies do.</summary>
    /// <param name="number">E.164 handset.</param>
    /// <param name="optedOut">True to opt out.</param>
    public void SetOptOut(string number, bool optedOut) => state.SetOptOut(number, optedOut);

    /// <summary>True when the number has opted out.</summary>
    /// <param name="number">E.164 handset.</param>
    /// <returns>The opt-out state.</returns>
    public bool IsOptedOut(string number) => state.IsOptedOut(number);

    /// <summary>A handset texts on its own (e.g. "START", "2"); posted signed to the inbound webhook in the background.</summary>
    /// <param name="from">E.164 handset.</param>
    /// <param name="body">The text.</param>
    /// <returns>The recorded message (its webhook result fills in later; see <see cref="Inbound"/>).</returns>
    public SimulatedInbound SendInbound(string from, string body)
    {
        var message = state.ReceiveInbound(from, state.Options.ServiceNumber, body);
        sender.StartInbound(message);
        return message;
    }

    /// <summary>Waits until every pending callback and reply has been posted.</summary>
    /// <param name="timeout">Longest wait.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    /// <exception cref="TimeoutException">Work was still pending after <paramref name="timeout"/>.</exception>
    public Task WaitForIdleAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        sender.WaitForIdleAsync(timeout, cancellationToken);

    /// <summary>Stops the server and abandons pending callbacks.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        sender.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
