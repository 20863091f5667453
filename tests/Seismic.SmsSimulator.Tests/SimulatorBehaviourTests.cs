using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Seismic.SmsSimulator.Tests;

public sealed class SimulatorBehaviourTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("Drill at 10:00, reply 1", 1)]
    [InlineData("{}", 1)]
    [InlineData("€", 1)]
    [InlineData("地震", 1)]
    public void SegmentCounter_CountsGsm7ExtensionAndUcs2(string body, int expected) =>
        SegmentCounter.Count(body).Should().Be(expected);

    [Fact]
    public void SegmentCounter_ExtensionCharactersTakeTwoSeptets()
    {
        SegmentCounter.Count(new string('{', 80)).Should().Be(1);
        SegmentCounter.Count(new string('{', 81)).Should().Be(2);
    }

    [Fact]
    public async Task MaxMessagesPerSecond_RefusesTheExcessWith20429()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 12, 6, 28, 0, TimeSpan.Zero));
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Time = time, Faults = new FaultSettings { MaxMessagesPerSecond = 5 } });
        using var http = Client(server);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await PostAsync(http, "+8613800138050", $"m{i}")).StatusCode);
        }

        time.Advance(TimeSpan.FromSeconds(1));
        var afterASecond = await PostAsync(http, "+8613800138050", "later");

        statuses.Count(s => s == HttpStatusCode.Created).Should().Be(5);
        statuses.Skip(5).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
        afterASecond.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task CreateResponse_HasTwilioShape_WithStringSegmentsAndRfc2822Dates()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 12, 6, 28, 4, TimeSpan.Zero));
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Time = time });
        using var http = Client(server);

        using var response = await PostAsync(http, "+8613800138051", new string('震', 71));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var root = json.RootElement;
        root.GetProperty("num_segments").GetString().Should().Be("2");
        root.GetProperty("status").GetString().Should().Be("queued");
        root.GetProperty("date_created").GetString().Should().Be("Tue, 12 May 2026 06:28:04 +0000");
        root.GetProperty("sid").GetString().Should().MatchRegex("^SM[0-9a-f]{32}$");
        root.GetProperty("uri").GetString().Should().Be($"/2010-04-01/Accounts/{SimulatorFixture.AccountSid}/Messages/{root.GetProperty("sid").GetString()}.json");
    }

    [Fact]
    public async Task ErrorResponse_HasTwilioShape()
    {
        await using var server = await SimulatorFixture.StartAsync();
        using var http = Client(server);

        using var response = await PostAsync(http, "0800-NOT-E164", "x");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        json.RootElement.GetProperty("code").GetInt32().Should().Be(21211);
        json.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        json.RootElement.GetProperty("more_info").GetString().Should().Be("https://www.twilio.com/docs/errors/21211");
    }

    [Fact]
    public async Task SameSeed_GivesTheSameSidsAndReplies()
    {
        async Task<List<string>> RunAsync()
        {
            await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Seed = 42, AckRate = 0.5, NeedHelpRate = 0.2 });
            using var http = Client(server);
            for (var i = 0; i < 20; i++)
            {
                (await PostAsync(http, $"+86138001381{i:00}", "x")).Dispose();
            }

            await server.WaitForIdleAsync(TimeSpan.FromSeconds(10));
            return server.Messages.Select(m => m.Sid).Concat(server.Inbound.OrderBy(m => m.From, StringComparer.Ordinal).Select(m => $"{m.Sid} {m.From} {m.Body}")).ToList();
        }

        var first = await RunAsync();
        var second = await RunAsync();

        second.Should().Equal(first);
        first.Should().Contain(s => s.EndsWith(" 1", StringComparison.Ordinal)).And.Contain(s => s.EndsWith(" 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RuntimeFaults_CanBeReplacedThroughTheAdminEndpoint()
    {
        await using var server = await SimulatorFixture.StartAsync();
        using var http = Client(server);

        using var put = await http.PutAsync(
            new Uri(server.BaseUrl, "/_simulator/faults"),
            new StringContent("""{"serverErrorBurst":1}""", Encoding.UTF8, "application/json"));
        using var first = await PostAsync(http, "+8613800138060", "x");
        using var second = await PostAsync(http, "+8613800138060", "x");

        put.StatusCode.Should().Be(HttpStatusCode.OK);
        first.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        server.Faults.ServerErrorBurst.Should().Be(1);
    }

    [Fact]
    public async Task Create_WithoutCredentials_Is401()
    {
        await using var server = await SimulatorFixture.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        using var response = await PostAsync(http, "+8613800138061", "x");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        server.Messages.Should().BeEmpty();
    }

    private static HttpClient Client(SmsSimulatorServer server)
    {
        var http = new HttpClient { BaseAddress = server.BaseUrl };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SimulatorFixture.AccountSid}:{SimulatorFixture.AuthToken}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        return http;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string to, string body) =>
        http.PostAsync(
            new Uri($"/2010-04-01/Accounts/{SimulatorFixture.AccountSid}/Messages.json", UriKind.Relative),
            new FormUrlEncodedContent([new("To", to), new("From", SimulatorFixture.Sender), new("Body", body)]));
}
