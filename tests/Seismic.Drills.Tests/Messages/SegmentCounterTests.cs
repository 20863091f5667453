using Seismic.Drills.Messages;

namespace Seismic.Drills.Tests.Messages;

public class SegmentCounterTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    public void Count_GsmText_Uses160ThenParts0f153(int length, int segments)
    {
        var s = SegmentCounter.Count(new string('a', length));

        s.Encoding.Should().Be(SmsEncoding.Gsm7);
        s.Segments.Should().Be(segments);
        s.Units.Should().Be(length);
    }

    [Fact]
    public void Count_EuroSign_CountsTwoSeptets()
    {
        SegmentCounter.Count("€").Should().Be(new SmsSegments(SmsEncoding.Gsm7, 1, 2, 1));
        SegmentCounter.Count(new string('€', 80)).Segments.Should().Be(1, "80 × 2 = 160 septets");
        SegmentCounter.Count(new string('€', 81)).Segments.Should().Be(2, "162 septets; 76 pairs per 153-septet part");
        SegmentCounter.Count("{[|]}~^\\").Units.Should().Be(16);
    }

    [Fact]
    public void Count_NeverSplitsAnEscapeSequence_AcrossParts()
    {
        // 152 + 2 + 152 = 306 septets would be 2 parts of 153, but the € cannot straddle parts 1 and 2.
        var text = new string('a', 152) + "€" + new string('a', 152);

        SegmentCounter.Count(text).Should().Be(new SmsSegments(SmsEncoding.Gsm7, 3, 306, 305));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Count_ChineseText_Uses70ThenPartsOf67(int length, int segments)
    {
        var s = SegmentCounter.Count(new string('震', length));

        s.Encoding.Should().Be(SmsEncoding.Ucs2);
        s.Segments.Should().Be(segments);
        s.Units.Should().Be(length);
    }

    [Fact]
    public void Count_Emoji_IsASurrogatePair_NeverSplit()
    {
        SegmentCounter.Count("😀").Should().Be(new SmsSegments(SmsEncoding.Ucs2, 1, 2, 1));
        // 66 + 2 + 66 = 134 code units would be 2 parts of 67, but the pair cannot straddle parts 1 and 2.
        var text = new string('中', 66) + "😀" + new string('中', 66);
        SegmentCounter.Count(text).Should().Be(new SmsSegments(SmsEncoding.Ucs2, 3, 134, 133));
    }

    [Fact]
    public void Count_OneNonGsmCharacter_ForcesUcs2ForTheWholeText()
    {
        var text = new string('a', 100) + "ç"; // lower-case c-cedilla is not in the GSM alphabet (only Ç is)

        var s = SegmentCounter.Count(text);

        s.Encoding.Should().Be(SmsEncoding.Ucs2);
        s.Segments.Should().Be(2);
        SegmentCounter.IsGsm7("Ç @£$¥").Should().BeTrue();
    }

    [Fact]
    public void Count_EmptyText_HasNoSegment()
    {
        SegmentCounter.Count(string.Empty).Segments.Should().Be(0);
    }

    [Fact]
    public void CostEstimate_MultipliesSegmentsByPrice()
    {
        var estimate = CostEstimate.For([new string('a', 161), "你好", new string('震', 71)], 0.05m, "USD");

        estimate.Messages.Should().Be(3);
        estimate.Segments.Should().Be(5);
        estimate.Ucs2Messages.Should().Be(2);
        estimate.MultipartMessages.Should().Be(2);
        estimate.MaxSegments.Should().Be(2);
        estimate.Total.Should().Be(0.25m);
        estimate.Currency.Should().Be("USD");
    }
}
