using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Seismic.Cli.Commands;
using Seismic.Cli.Drills;
using Seismic.Drills.Rosters;
using Seismic.Drills.Twilio;

namespace Seismic.Cli.Tests;

/// <summary>The web app as <c>seismic serve</c> composes it, on a real 127.0.0.1 port over a drills SQLite file.</summary>
/// <remarks>
/// Hangfire keeps its log provider in a process-wide static that the web app points at its own logger factory; a
/// command runs alone in its process, but these tests share one, so they run apart from the other Hangfire users
/// (<see cref="HangfireUsers"/>) and hand the static back when the app is gone.
/// </remarks>
[Collection(HangfireUsers.Name)]
public class ServeCommandTests
{
    private const string Token = "serve-test-auth-token";

    [Fact]
    public async Task Serve_AppliesASignedStopReply_RefusesAnUnsignedOne_AndAnswers404ForAnUnknownLink()
    {
        using var temp = new TempFolder();
        using var session = DrillsSession.OpenSqlite(temp.File("drills.sqlite"));
        var person = new RosterPerson("V1", "王芳", RosterRole.Volunteer, "青凤社区", "南华西街道", "+8617000000001", "zh-Hans", [], "any", ConsentState.OptedIn);
        await session.Stores.Rosters.ImportAsync([person], DateTimeOffset.UtcNow);
        var app = ServeCommand.BuildApp(session, "http://127.0.0.1:0", Token);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using var http = new HttpClient();
        var url = address + "/webhooks/twilio/inbound";
        var form = new Dictionary<string, string> { ["From"] = person.PhoneE164, ["To"] = "+15005550006", ["Body"] = "STOP", ["MessageSid"] = "SM0000000000000000000000000000000a" };

        var unsigned = await http.PostAsync(url, new FormUrlEncodedContent(form));
        (await session.Stores.Rosters.FindAsync("V1"))!.Consent.Should().Be(ConsentState.OptedIn);
        using var signed = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        signed.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(Token, url, form));
        var accepted = await http.SendAsync(signed);
        var unknown = await http.GetAsync(address + "/ack/AAAAAAAAAAAAAAAAAAAAAAAA");
        await app.StopAsync();
        await app.DisposeAsync();
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);

        ((int)unsigned.StatusCode).Should().Be(403);
        accepted.IsSuccessStatusCode.Should().BeTrue();
        (await session.Stores.Rosters.FindAsync("V1"))!.Consent.Should().Be(ConsentState.OptedOut);
        ((int)unknown.StatusCode).Should().Be(404);
    }
}
