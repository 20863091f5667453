using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Skia;
using Seismic.Maps.Tests.Support;
using SkiaSharp;

namespace Seismic.Maps.Tests.Skia;

public sealed class DistrictMapRenderTests
{
    private static readonly MapOptions Options = new() { WidthPx = 1200, HeightPx = 800, Dpi = 150 };

    private readonly SkiaMapRenderer _renderer = new();
    private readonly MapDocument _document = DistrictMapBuilder.Build(TestDistrict.Create(), Options);

    private byte[] Render()
    {
        using var stream = new MemoryStream();
        _renderer.RenderPng(_document, stream);
        return stream.ToArray();
    }

    private SKPoint Pixel(double lon, double lat)
    {
        var (_, viewport) = _renderer.Arrange(_document);
        return new SKPoint(viewport.PixelX(lon), viewport.PixelY(lat));
    }

    [Fact]
    public void RenderPng_WritesPngOfRequestedSize()
    {
        var png = Render();

        png.AsSpan(0, 8).ToArray().Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        using var bitmap = Png.Decode(png);
        bitmap.Width.Should().Be(1200);
        bitmap.Height.Should().Be(800);
    }

    [Fact]
    public void RenderPng_PaintsShelterGreen()
    {
        using var bitmap = Png.Decode(Render());
        var p = Pixel(TestDistrict.InsideBigShelterCorner.X, TestDistrict.InsideBigShelterCorner.Y);

        var pixel = bitmap.GetPixel((int)p.X, (int)p.Y);

        ((int)pixel.Green).Should().BeGreaterThan(pixel.Red + 40, $"pixel {pixel} should be green");
        ((int)pixel.Green).Should().BeGreaterThan(pixel.Blue + 40, $"pixel {pixel} should be green");
    }

    [Fact]
    public void RenderPng_PaintsWaterOutsideBoundary()
    {
        using var bitmap = Png.Decode(Render());
        var p = Pixel(TestDistrict.OutsideBoundary.X, TestDistrict.OutsideBoundary.Y);

        var pixel = bitmap.GetPixel((int)p.X, (int)p.Y);

        Png.Near(pixel, _document.Background, tolerance: 2).Should().BeTrue($"pixel {pixel} should be the water colour");
    }

    [Fact]
    public void RenderPng_PaintsLandInsideBoundary()
    {
        using var bitmap = Png.Decode(Render());
        var land = ((PolygonLayer)_document.Layers.Single(l => l.Name == DistrictMapLayers.Land)).Style.Fill!.Value;
        var p = Pixel(113.3035, 23.0820);

        var pixel = bitmap.GetPixel((int)p.X, (int)p.Y);

        Png.Near(pixel, land, tolerance: 2).Should().BeTrue($"pixel {pixel} should be the land colour");
    }

    [Fact]
    public void RenderPng_DrawsBridgeInItsColour()
    {
        using var bitmap = Png.Decode(Render());
        var bridge = ((LineLayer)_document.Layers.Single(l => l.Name == DistrictMapLayers.Bridges)).Style.Color;
        var (layout, _) = _renderer.Arrange(_document);

        var count = CountPixels(bitmap, layout.Frame, c => Png.Near(c, bridge, tolerance: 6));

        count.Should().BeGreaterThan(50, "the bridge is about 1.2 km long and several pixels wide");
    }

    [Fact]
    public void RenderPng_FillsLegendPanel()
    {
        using var bitmap = Png.Decode(Render());
        var (layout, _) = _renderer.Arrange(_document);

        var inked = CountPixels(bitmap, layout.Legend, c => c.Red < 200 || c.Green < 200 || c.Blue < 200);

        layout.Legend.Width.Should().BeGreaterThan(50);
        inked.Should().BeGreaterThan((int)(layout.Legend.Width * layout.Legend.Height * 0.01));
    }

    [Fact]
    public void RenderPng_RecordsResolutionInPhysChunk()
    {
        var png = Render();

        png.AsSpan(37, 4).SequenceEqual("pHYs"u8).Should().BeTrue();
        var pixelsPerMetre = (png[41] << 24) | (png[42] << 16) | (png[43] << 8) | png[44];
        pixelsPerMetre.Should().BeCloseTo((int)Math.Round(150 / 0.0254), 1);
        png[49].Should().Be(1, "unit 1 = metre");
    }

    [Fact]
    public void RenderPng_Throws_WhenDocumentSizeIsOutOfRange()
    {
        var tiny = _document with { WidthPx = 10 };

        var act = () => _renderer.RenderPng(tiny, Stream.Null);

        act.Should().Throw<ArgumentException>().WithMessage("*10 × 800 px*");
    }

    private static int CountPixels(SKBitmap bitmap, SKRect area, Func<SKColor, bool> predicate)
    {
        var count = 0;
        for (var y = (int)area.Top; y < (int)area.Bottom; y++)
        {
            for (var x = (int)area.Left; x < (int)area.Right; x++)
            {
                if (predicate(bitmap.GetPixel(x, y)))
                {
                    count++;
                }
            }
        }

        return count;
    }

    [Fact]
    public void RenderPng_FillsDenseBlockOf50000Buildings()
    {
        // 250 × 200 touching footprints of about 8 × 7 m covering 113.310–113.330 E, 23.074–23.086 N.
        var model = TestDistrict.Create();
        var factory = Seismic.Engine.District.DistrictGeometry.Factory;
        var buildings = new List<Seismic.Engine.District.Building>(50_000);
        for (var i = 0; i < 250; i++)
        {
            for (var j = 0; j < 200; j++)
            {
                var x = 113.310 + (i * 0.00008);
                var y = 23.074 + (j * 0.00006);
                var footprint = factory.ToGeometry(new NetTopologySuite.Geometries.Envelope(x, x + 0.00008, y, y + 0.00006));
                buildings.Add(model.Buildings[0] with { Id = $"D{i}-{j}", Footprint = footprint });
            }
        }

        var document = DistrictMapBuilder.Build(model with { Buildings = buildings, Roads = [], Streets = [], Communities = [] }, Options);
        var colour = ((PolygonLayer)document.Layers.Single(l => l.Name == DistrictMapLayers.ResidentialBuildings)).Style.Fill!.Value;
        using var stream = new MemoryStream();
        _renderer.RenderPng(document, stream);
        using var bitmap = Png.Decode(stream.ToArray());
        var (_, viewport) = _renderer.Arrange(document);

        var probes = new[] { (113.312, 23.076), (113.328, 23.084), (113.3155, 23.0835) };
        foreach (var (lon, lat) in probes)
        {
            var pixel = bitmap.GetPixel((int)viewport.PixelX(lon), (int)viewport.PixelY(lat));
            Png.Near(pixel, colour, tolerance: 3).Should().BeTrue($"pixel {pixel} at {lon}, {lat} should be building colour");
        }
    }
}
