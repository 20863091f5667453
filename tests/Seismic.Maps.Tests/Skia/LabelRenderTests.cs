using Seismic.Maps.Documents;
using Seismic.Maps.Skia;
using Seismic.Maps.Tests.Support;

namespace Seismic.Maps.Tests.Skia;

public sealed class LabelRenderTests
{
    private static readonly MapColor Black = new(0, 0, 0);

    private static int InkOf(params MapLabel[] labels) => InkOf(new LabelStyle(20, Black), labels);

    private static int InkOf(LabelStyle style, params MapLabel[] labels)
    {
        var document = new MapDocument(
            "", "", new MapExtent(113.30, 23.07, 113.34, 23.09), [new LabelLayer("labels", labels, style)], [], "", 600, 400, 72)
        {
            ShowScaleBar = false,
            ShowNorthArrow = false,
        };
        using var stream = new MemoryStream();
        new SkiaMapRenderer().RenderPng(document, stream);
        using var bitmap = Png.Decode(stream.ToArray());
        var ink = 0;
        // Inside the frame only (the frame border is dark too).
        for (var y = 60; y < 340; y++)
        {
            for (var x = 40; x < 560; x++)
            {
                if (bitmap.GetPixel(x, y).Red < 128)
                {
                    ink++;
                }
            }
        }

        return ink;
    }

    [Fact]
    public void Render_DropsLabelThatOverlapsAnEarlierOne()
    {
        var one = InkOf(new MapLabel(113.32, 23.08, "海珠桥"));
        var two = InkOf(new MapLabel(113.32, 23.08, "海珠桥"), new MapLabel(113.3201, 23.0801, "琶洲桥"));

        one.Should().BeGreaterThan(100);
        two.Should().Be(one);
    }

    [Fact]
    public void Render_PlacesHigherPriorityLabelFirst()
    {
        var low = InkOf(new MapLabel(113.32, 23.08, "一"));
        var high = InkOf(new MapLabel(113.32, 23.08, "海珠桥海珠桥"));

        var both = InkOf(new MapLabel(113.32, 23.08, "一", Priority: 0), new MapLabel(113.32, 23.08, "海珠桥海珠桥", Priority: 5));

        both.Should().Be(high);
        both.Should().NotBe(low);
    }

    [Fact]
    public void Render_MovesLabelToAlternativePosition_WhenPreferredIsTaken()
    {
        var style = new LabelStyle(20, Black) { OffsetYPt = 20, TryAlternativePositions = true };
        var one = InkOf(style, new MapLabel(113.32, 23.08, "海珠"));

        var two = InkOf(style, new MapLabel(113.32, 23.08, "海珠"), new MapLabel(113.32, 23.08, "海珠"));

        two.Should().BeCloseTo(2 * one, (uint)(one / 10));
    }

    [Fact]
    public void Render_SkipsLabelsOutsideTheFrame()
    {
        var none = InkOf(new MapLabel(113.50, 23.08, "海珠"));

        none.Should().Be(0);
    }
}
