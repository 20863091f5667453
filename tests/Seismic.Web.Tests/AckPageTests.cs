using System.Net;
using System.Text.RegularExpressions;
using Seismic.Drills.Acks;

namespace Seismic.Web.Tests;

public sealed partial class AckPageTests
{
    [Fact]
    public async Task AckPage_ShowsNameDrillExerciseMarkShelterAndWalkTime()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/ack/{FakeDrillEvents.Token}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        html.Should().Contain("李明 Li Ming").And.Contain("【演练】").And.Contain("青凤社区地震疏散演练")
            .And.Contain("江南中街中心公园").And.Contain("约 7 分钟").And.Contain("我已安全到达").And.Contain("I need help");
        html.Should().NotContain("http://").And.NotContain("https://").And.NotContain("<script");
    }

    [Fact]
    public async Task UnknownToken_Is404Page_AndNothingIsRecorded()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/ack/AAAAAAAAAAAAAAAAAAAAAA", UriKind.Relative));
        using var malformed = await client.GetAsync(new Uri("/ack/..%2F..%2Fetc", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("链接无效");
        malformed.StatusCode.Should().Be(HttpStatusCode.NotFound);
        app.Events.Calls.Should().Be(0);
    }

    [Theory]
    [InlineData("safe", AckKind.Safe, "我已安全到达 / I am safe")]
    [InlineData("help", AckKind.NeedHelp, "我需要帮助 / I need help")]
    public async Task TappingAButton_RecordsTheAnswer_AndConfirms(string answer, AckKind expected, string confirmation)
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();
        var page = await client.GetStringAsync(new Uri($"/ack/{FakeDrillEvents.Token}", UriKind.Relative));
        var antiforgery = AntiforgeryField().Match(page);

        using var response = await client.PostAsync(
            new Uri($"/ack/{FakeDrillEvents.Token}", UriKind.Relative),
            new FormUrlEncodedContent([new(antiforgery.Groups[1].Value, WebUtility.HtmlDecode(antiforgery.Groups[2].Value)), new("answer", answer)]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("已记录").And.Contain(confirmation);
        app.Events.Acks.Should().ContainSingle().Which.Should().Be((FakeDrillEvents.Token, expected));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_Is400_AndNothingIsRecorded()
    {
        await using var app = new TestApp();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            new Uri($"/ack/{FakeDrillEvents.Token}", UriKind.Relative),
            new FormUrlEncodedContent([new("answer", "safe")]));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        app.Events.Acks.Should().BeEmpty();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
