using Seismic.Drills.Delivery;

namespace Seismic.SmsSimulator.Tests;

public sealed class GatewaySendTests
{
    [Fact]
    public async Task Send_ReturnsTwilioSid_AndSimulatorRecordsTheMessage()
    {
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        var result = await gateway.SendAsync(SimulatorFixture.Request("+8613800138000", "【演练】青凤社区疏散演练 Drill at 10:00"));

        result.Sid.Should().MatchRegex("^SM[0-9a-f]{32}$");
        result.Status.Should().Be("queued");
        var recorded = server.MessagesTo("+8613800138000");
        recorded.Should().ContainSingle().Which.Should().Match<SimulatedMessage>(m =>
            m.Sid == result.Sid && m.Body == "【演练】青凤社区疏散演练 Drill at 10:00" && m.From == SimulatorFixture.Sender);
    }

    [Theory]
    [InlineData(160, 'a', 1)]
    [InlineData(161, 'a', 2)]
    [InlineData(306, 'a', 2)]
    [InlineData(307, 'a', 3)]
    [InlineData(70, '震', 1)]
    [InlineData(71, '震', 2)]
    [InlineData(134, '震', 2)]
    [InlineData(135, '震', 3)]
    public async Task Send_ReportsSegments_ForGsm7AndUcs2(int length, char fill, int expected)
    {
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        var result = await gateway.SendAsync(SimulatorFixture.Request("+8613800138001", new string(fill, length)));

        result.Segments.Should().Be(expected);
    }

    [Fact]
    public async Task Send_ThroughMessagingService_UsesServiceSidInsteadOfFrom()
    {
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server, o => o with { From = null, MessagingServiceSid = "MG0123456789abcdef0123456789abcdef" });
        using var owner = (IDisposable)gateway;

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138002", "hello"));

        server.Messages.Should().ContainSingle().Which.MessagingServiceSid.Should().Be("MG0123456789abcdef0123456789abcdef");
    }

    [Fact]
    public async Task ListSent_ReturnsEveryMessageToTheRecipientSinceTheInstant_NewestFirst()
    {
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;
        var since = DateTimeOffset.UtcNow.AddSeconds(-5);
        var sids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            sids.Add((await gateway.SendAsync(SimulatorFixture.Request("+8613800138003", $"reminder {i}"))).Sid);
        }

        await gateway.SendAsync(SimulatorFixture.Request("+8613800138004", "someone else"));

        var listed = await gateway.ListSentAsync("+8613800138003", since);
        var later = await gateway.ListSentAsync("+8613800138003", DateTimeOffset.UtcNow.AddMinutes(1));

        listed.Select(m => m.Sid).Should().BeEquivalentTo(sids);
        listed.Should().OnlyContain(m => m.To == "+8613800138003" && m.Body.StartsWith("reminder", StringComparison.Ordinal));
        listed.Select(m => m.CreatedAt).Should().BeInDescendingOrder();
        later.Should().BeEmpty();
    }

    [Fact]
    public async Task ListSent_PagesThroughMoreThanOnePage()
    {
        await using var server = await SimulatorFixture.StartAsync(new SimulatorOptions { Faults = new FaultSettings { CallbackDelay = TimeSpan.Zero } });
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;
        var since = DateTimeOffset.UtcNow.AddSeconds(-5);
        for (var i = 0; i < 1003; i++)
        {
            await gateway.SendAsync(SimulatorFixture.Request("+8613800138005", $"m{i}"));
        }

        var listed = await gateway.ListSentAsync("+8613800138005", since);

        listed.Should().HaveCount(1003);
        listed.Select(m => m.Sid).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Send_WithWrongAuthToken_IsPermanentAuthenticationError()
    {
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server, o => o with { AuthToken = "wrong" });
        using var owner = (IDisposable)gateway;

        var act = () => gateway.SendAsync(SimulatorFixture.Request("+8613800138006", "hello"));

        var failure = (await act.Should().ThrowAsync<SmsGatewayException>()).Which;
        failure.ErrorCode.Should().Be("20003");
        failure.IsTransient.Should().BeFalse();
        server.Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task Send_ToInvalidNumber_IsPermanent_AndNotRetried()
    {
        await using var server = await SimulatorFixture.StartAsync();
        var gateway = SimulatorFixture.Gateway(server);
        using var owner = (IDisposable)gateway;

        var act = () => gateway.SendAsync(SimulatorFixture.Request("12345", "hello"));

        var failure = (await act.Should().ThrowAsync<SmsGatewayException>()).Which;
        failure.ErrorCode.Should().Be("21211");
        failure.IsTransient.Should().BeFalse();
        server.Counters.CreateRequests.Should().Be(1);
    }
}
