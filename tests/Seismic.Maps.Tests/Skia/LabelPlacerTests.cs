using Seismic.Maps.Skia;
using SkiaSharp;

namespace Seismic.Maps.Tests.Skia;

public sealed class LabelPlacerTests
{
    private static readonly SKRect Bounds = new(0, 0, 100, 100);

    [Fact]
    public void TryPlace_AcceptsSeparateLabels()
    {
        var placer = new LabelPlacer(Bounds, padding: 2);

        placer.TryPlace(new SKRect(10, 10, 30, 20)).Should().BeTrue();
        placer.TryPlace(new SKRect(40, 10, 60, 20)).Should().BeTrue();

        placer.Placed.Should().HaveCount(2);
    }

    [Fact]
    public void TryPlace_RejectsOverlappingLabel_AndKeepsTheFirst()
    {
        var placer = new LabelPlacer(Bounds, padding: 0);
        placer.TryPlace(new SKRect(10, 10, 30, 20)).Should().BeTrue();

        placer.TryPlace(new SKRect(25, 15, 45, 25)).Should().BeFalse();

        placer.Placed.Should().ContainSingle().Which.Should().Be(new SKRect(10, 10, 30, 20));
    }

    [Fact]
    public void TryPlace_RejectsLabelWithinPadding()
    {
        var placer = new LabelPlacer(Bounds, padding: 3);
        placer.TryPlace(new SKRect(10, 10, 30, 20));

        placer.TryPlace(new SKRect(32, 10, 50, 20)).Should().BeFalse("2 px gap is less than the 3 px padding");
        placer.TryPlace(new SKRect(34, 10, 50, 20)).Should().BeTrue("4 px gap exceeds the padding");
    }

    [Fact]
    public void TryPlace_RejectsLabelCrossingTheBounds()
    {
        var placer = new LabelPlacer(Bounds, padding: 0);

        placer.TryPlace(new SKRect(90, 10, 110, 20)).Should().BeFalse();
        placer.TryPlace(new SKRect(-1, 10, 10, 20)).Should().BeFalse();
        placer.Placed.Should().BeEmpty();
    }

    [Fact]
    public void TryPlace_RejectsLabelOverReservedArea()
    {
        var placer = new LabelPlacer(Bounds, padding: 0);
        placer.Reserve(new SKRect(0, 80, 40, 100));

        placer.TryPlace(new SKRect(30, 85, 60, 95)).Should().BeFalse();
        placer.TryPlace(new SKRect(50, 85, 80, 95)).Should().BeTrue();
    }
}
