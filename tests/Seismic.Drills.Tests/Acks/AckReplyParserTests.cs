using Seismic.Drills.Acks;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Tests.Acks;

public class AckReplyParserTests
{
    [Theory]
    [InlineData("1", AckReplyKind.Safe)]
    [InlineData(" １ ", AckReplyKind.Safe)]
    [InlineData("到", AckReplyKind.Safe)]
    [InlineData("已到。", AckReplyKind.Safe)]
    [InlineData("收到", AckReplyKind.Safe)]
    [InlineData("安全！", AckReplyKind.Safe)]
    [InlineData("ok", AckReplyKind.Safe)]
    [InlineData("ＯＫ", AckReplyKind.Safe)]
    [InlineData("2", AckReplyKind.NeedHelp)]
    [InlineData("２", AckReplyKind.NeedHelp)]
    [InlineData("求助", AckReplyKind.NeedHelp)]
    [InlineData("救命!", AckReplyKind.NeedHelp)]
    [InlineData("help  me", AckReplyKind.NeedHelp)]
    [InlineData("STOP", AckReplyKind.OptOut)]
    [InlineData("stopall", AckReplyKind.OptOut)]
    [InlineData("Unsubscribe", AckReplyKind.OptOut)]
    [InlineData("退订", AckReplyKind.OptOut)]
    [InlineData("td", AckReplyKind.OptOut)]
    [InlineData("cancel", AckReplyKind.OptOut)]
    [InlineData("START", AckReplyKind.OptIn)]
    [InlineData("unstop", AckReplyKind.OptIn)]
    [InlineData("12", AckReplyKind.Unrecognised)]
    [InlineData("我在家", AckReplyKind.Unrecognised)]
    [InlineData("", AckReplyKind.Unrecognised)]
    [InlineData("   ", AckReplyKind.Unrecognised)]
    public void Parse_ClassifiesReplies(string body, AckReplyKind expected)
    {
        AckReplyParser.Parse(body).Should().Be(expected);
    }

    [Fact]
    public void Parse_ReadsYes_AsOptIn_OnlyForAnOptedOutSender()
    {
        AckReplyParser.Parse("YES", ConsentState.OptedOut).Should().Be(AckReplyKind.OptIn);
        AckReplyParser.Parse("yes", ConsentState.OptedIn).Should().Be(AckReplyKind.Safe);
    }

    [Fact]
    public void ToAckKind_MapsAnswers_AndNothingElse()
    {
        AckReplyParser.ToAckKind(AckReplyKind.Safe).Should().Be(AckKind.Safe);
        AckReplyParser.ToAckKind(AckReplyKind.NeedHelp).Should().Be(AckKind.NeedHelp);
        AckReplyParser.ToAckKind(AckReplyKind.OptOut).Should().BeNull();
    }

    [Fact]
    public void Tokens_AreUrlSafe_WellFormed_AndDistinct()
    {
        var tokens = Enumerable.Range(0, 2000).Select(_ => AckTokenGenerator.NewToken()).ToList();

        tokens.Should().OnlyHaveUniqueItems();
        tokens.Should().OnlyContain(t => t.Length == 24 && t.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'));
        tokens.Should().OnlyContain(t => AckTokenGenerator.IsWellFormed(t));
        AckTokenGenerator.IsWellFormed("short").Should().BeFalse();
        AckTokenGenerator.IsWellFormed("AAAAAAAAAAAAAAAAAAAAAA+/").Should().BeFalse();
    }

    [Fact]
    public void Issue_BindsTokenToDrillAndPerson()
    {
        var at = new DateTimeOffset(2026, 12, 2, 19, 0, 0, TimeSpan.FromHours(8));

        var token = AckTokenGenerator.Issue("D1", "V1", at);

        token.Should().BeEquivalentTo(new { DrillId = "D1", PersonId = "V1", CreatedAt = at });
        AckTokenGenerator.IsWellFormed(token.Token).Should().BeTrue();
    }
}
