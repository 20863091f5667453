using System.CommandLine;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Seismic.Cli.Drills;
using Seismic.Cli.Infrastructure;
using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Hangfire;
using Seismic.Web;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic serve [--urls URL]</c>: the web app over the drills stores — the signed Twilio webhooks
/// (<c>/webhooks/twilio/status</c>, <c>/webhooks/twilio/inbound</c>), the personal acknowledgement page
/// (<c>/ack/{token}</c>) and the scheduler dashboard (<c>/hangfire</c>, local requests only). Jobs run in
/// <c>seismic worker</c> processes sharing the same stores.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Build(CommandContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on.", DefaultValueFactory = _ => DefaultUrls, HelpName = "URL" };
        var store = new DrillsOptions();
        var command = new Command("serve", "Serve the acknowledgement page, the Twilio webhooks and the scheduler dashboard.") { urls };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            using var session = DrillsSession.Open(parse, store);
            var app = BuildApp(session, parse.GetValue(urls)!);
            context.Out.WriteLine($"serving {parse.GetValue(urls)} over {session.Description}; Ctrl+C stops");
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Composes the web app: the domain's <see cref="DrillEvents"/> over the session's stores, the webhook settings from
    /// the environment (SEISMIC_PUBLIC_URL, SEISMIC_TWILIO_AUTH_TOKEN — without a token every webhook is refused) and the
    /// dashboard over the scheduler storage.
    /// </summary>
    internal static WebApplication BuildApp(DrillsSession session, string urls, string? twilioAuthToken = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(urls);
        var token = twilioAuthToken ?? Environment.GetEnvironmentVariable(GatewaySettings.AuthToken);
        WebComposition.AddSeismicWeb(builder, new WebOptions { PublicBaseUrl = GatewaySettings.PublicBaseUrl(), TwilioAuthToken = token });
        builder.Services.AddSingleton<IDrillEvents>(new DrillEvents(session.Stores, new DeliveryOptions(), TimeProvider.System));
        builder.Services.AddSeismicDrillsScheduler(new DrillSchedulerOptions { Storage = DrillScheduling.StorageOf(session), WorkerCount = 1 });
        // The dashboard needs Hangfire's own services; it is given the scheduler's storage explicitly below.
        builder.Services.AddHangfire(_ => { });
        var app = builder.Build();
        WebComposition.MapSeismicWeb(app);
        // The dashboard's default authorization admits local requests only; behind a proxy it stays closed.
        app.UseHangfireDashboard("/hangfire", new DashboardOptions(), app.Services.GetRequiredService<JobStorage>());
        return app;
    }
}
