using Seismic.Maps.Skia;
using SkiaSharp;

namespace Seismic.Maps.Tests.Skia;

public sealed class TextWrapTests
{
    [Theory]
    [InlineData("伏地、遮挡、手抓牢；震后迅速有序撤离，不乘电梯，远离玻璃和外墙")]
    [InlineData("Drop, cover, hold on; then leave calmly — never take the lift, keep clear of glass")]
    [InlineData("地址：江南大道中 123 号 Jiangnan Avenue Middle No. 123")]
    public void Lines_FitTheWidth_AndKeepEveryCharacter(string text)
    {
        var typeface = SystemTypefaceResolver.Shared.Resolve(bold: false);
        using var font = new SKFont(typeface, 12);

        var lines = TextWrap.Lines(font, text, 90);

        lines.Count.Should().BeGreaterThan(1);
        lines.Should().OnlyContain(l => font.MeasureText(l) <= 90.5f);
        string.Concat(lines).Replace(" ", "", StringComparison.Ordinal).Should().Be(text.Replace(" ", "", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.StartsWith('，') || l.StartsWith('、'), "closing punctuation stays with the character before it");
    }
}
