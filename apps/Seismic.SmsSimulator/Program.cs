using Microsoft.Extensions.Configuration;

namespace Seismic.SmsSimulator;

/// <summary>
/// The simulator as a process: <c>dotnet run --project apps/Seismic.SmsSimulator -- --urls http://127.0.0.1:5090</c>
/// with optional <c>--Simulator:AuthToken=…</c>, <c>--Simulator:InboundWebhookUrl=…/webhooks/twilio/inbound</c>,
/// <c>--Simulator:AckRate=0.8</c>, <c>--Simulator:Faults:MaxMessagesPerSecond=100</c> (or SEISMIC_Simulator__… variables);
/// faults can be replaced while it runs with <c>PUT /_simulator/faults</c>.
/// </summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("SEISMIC_").AddCommandLine(args).Build();
        var options = configuration.GetSection("Simulator").Get<SimulatorOptions>() ?? new SimulatorOptions();
        options = options with { Urls = configuration["urls"] ?? "http://127.0.0.1:5090", Logging = true };
        await using var server = await SmsSimulatorServer.StartAsync(options).ConfigureAwait(false);
        Console.WriteLine($"Twilio-compatible SMS simulator on {server.BaseUrl} (account {options.AccountSid}); Ctrl+C stops it.");
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Simulator stopped.");
        }
    }
}
