using Microsoft.Extensions.Configuration;
using Seismic.SmsSimulator;

// dotnet run --project apps/Seismic.SmsSimulator -- --urls http://127.0.0.1:5090 [--Simulator:AuthToken=…]
// [--Simulator:InboundWebhookUrl=http://127.0.0.1:5000/webhooks/twilio/inbound] [--Simulator:AckRate=0.8]
// [--Simulator:Faults:MaxMessagesPerSecond=100]; faults can be replaced at run time with PUT /_simulator/faults.
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
