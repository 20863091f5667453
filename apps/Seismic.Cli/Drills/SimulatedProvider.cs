using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Seismic.Drills;
using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Twilio;
using Seismic.SmsSimulator;
using Seismic.Web;

namespace Seismic.Cli.Drills;

/// <summary>
/// The built-in SMS world of <c>--simulate</c>: the Twilio-compatible simulator and the web app's signed webhooks and
/// acknowledgement page, both on 127.0.0.1, with the real Twilio SDK in between. Nothing leaves the machine.
/// </summary>
internal sealed class SimulatedProvider : IAsyncDisposable
{
    private readonly WebApplication web;

    private SimulatedProvider(WebApplication web, SmsSimulatorServer simulator, Uri webBase, ISmsGateway gateway)
    {
        this.web = web;
        Simulator = simulator;
        WebBase = webBase;
        Gateway = gateway;
    }

    public SmsSimulatorServer Simulator { get; }

    /// <summary>The in-process web app (links and webhooks).</summary>
    public Uri WebBase { get; }

    /// <summary>The Twilio SDK pointed at the simulator.</summary>
    public ISmsGateway Gateway { get; }

    /// <summary>Starts the web app for the stores, then the simulator replying to it.</summary>
    /// <param name="stores">The drills stores the webhooks update.</param>
    /// <param name="delivery">Delivery options (reply window).</param>
    /// <param name="ackRate">Share of recipients who answer "1".</param>
    /// <param name="needHelpRate">Share who answer "2".</param>
    /// <param name="seed">Seed of the simulated replies.</param>
    public static async Task<SimulatedProvider> StartAsync(DrillStores stores, DeliveryOptions delivery, double ackRate, double needHelpRate, int seed)
    {
        var simulatorOptions = new SimulatorOptions
        {
            AckRate = ackRate,
            NeedHelpRate = needHelpRate,
            Seed = seed,
            ReplyDelayMin = TimeSpan.FromMilliseconds(20),
            ReplyDelayMax = TimeSpan.FromMilliseconds(400),
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var events = new DrillEvents(stores, delivery, TimeProvider.System);
        builder.Services.AddSingleton<IDrillEvents>(events);
        WebComposition.AddSeismicWeb(builder, new WebOptions { TwilioAuthToken = simulatorOptions.AuthToken });
        var web = builder.Build();
        WebComposition.MapSeismicWeb(web);
        await web.StartAsync().ConfigureAwait(false);
        var address = web.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var webBase = new Uri(address.TrimEnd('/') + "/");
        var simulator = await SmsSimulatorServer.StartAsync(simulatorOptions with
        {
            InboundWebhookUrl = new Uri(webBase, "webhooks/twilio/inbound"),
        }).ConfigureAwait(false);
        var gateway = TwilioGateway.Create(new TwilioOptions
        {
            AccountSid = simulatorOptions.AccountSid,
            AuthToken = simulatorOptions.AuthToken,
            From = simulatorOptions.ServiceNumber,
            BaseUrl = simulator.BaseUrl,
        });
        return new SimulatedProvider(web, simulator, webBase, gateway);
    }

    /// <summary>Delivery options whose links and callbacks point at the in-process web app.</summary>
    public DeliveryOptions Wire(DeliveryOptions delivery) => delivery with
    {
        AckBaseUrl = WebBase,
        StatusCallbackUrl = new Uri(WebBase, "webhooks/twilio/status"),
    };

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync().ConfigureAwait(false);
        await web.StopAsync().ConfigureAwait(false);
        await web.DisposeAsync().ConfigureAwait(false);
    }
}
