using Seismic.Maps.Builders;
using Seismic.Maps.Skia;
using Seismic.Maps.Tests.Support;
using SkiaSharp;

namespace Seismic.Maps.Tests.Skia;

public sealed class MapFontTests
{
    private static readonly MapOptions Small = new() { WidthPx = 600, HeightPx = 400, Dpi = 96 };

    private sealed class FakeResolver(Func<bool, SKTypeface?> resolve) : IMapTypefaceResolver
    {
        public SKTypeface? Resolve(bool bold) => resolve(bold);
    }

    [Fact]
    public void RenderPng_ThrowsMapFontException_NamingTheDebianPackages_WhenNoFontDrawsChinese()
    {
        var renderer = new SkiaMapRenderer(new FakeResolver(_ => null));
        var document = DistrictMapBuilder.Build(TestDistrict.Create(), Small);

        var act = () => renderer.RenderPng(document, new MemoryStream());

        act.Should().Throw<MapFontException>()
            .Which.Message.Should().Contain(
                "install the Debian packages fontconfig and fonts-noto-cjk (`apt-get install -y fontconfig fonts-noto-cjk`)");
    }

    [Fact]
    public void RenderPngFile_LeavesExistingFileAndNoTemporaryFile_WhenRenderFails()
    {
        var dir = Directory.CreateTempSubdirectory("maps-test-");
        try
        {
            var path = Path.Combine(dir.FullName, "map.png");
            File.WriteAllText(path, "previous");
            var renderer = new SkiaMapRenderer(new FakeResolver(_ => null));

            var act = () => renderer.RenderPngFile(DistrictMapBuilder.Build(TestDistrict.Create(), Small), path);

            act.Should().Throw<MapFontException>();
            File.ReadAllText(path).Should().Be("previous");
            Directory.GetFiles(dir.FullName).Should().ContainSingle();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void RenderPngFile_WritesDecodablePng_AndNoTemporaryFile()
    {
        var dir = Directory.CreateTempSubdirectory("maps-test-");
        try
        {
            var path = Path.Combine(dir.FullName, "sub", "map.png");

            new SkiaMapRenderer().RenderPngFile(DistrictMapBuilder.Build(TestDistrict.Create(), Small), path);

            using var bitmap = SKBitmap.Decode(path);
            bitmap.Width.Should().Be(600);
            Directory.GetFiles(Path.GetDirectoryName(path)!).Should().ContainSingle();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void RenderPng_FallsBackToRegularFace_WhenNoBoldFaceExists()
    {
        var system = SystemTypefaceResolver.Shared;
        var renderer = new SkiaMapRenderer(new FakeResolver(bold => bold ? null : system.Resolve(bold: false)));
        using var stream = new MemoryStream();

        renderer.RenderPng(DistrictMapBuilder.Build(TestDistrict.Create(), Small), stream);

        using var bitmap = SKBitmap.Decode(stream.ToArray());
        bitmap.Height.Should().Be(400);
    }

    [Fact]
    public void SystemResolver_FindsAFaceThatDrawsChinese_EvenForAnUnknownFamily()
    {
        var typeface = new SystemTypefaceResolver("No Such Family 12345").Resolve(bold: false);

        typeface.Should().NotBeNull();
        typeface!.ContainsGlyph('海').Should().BeTrue();
    }

    [Fact]
    public void SystemResolver_PrefersNotoSansCjkSc()
    {
        var typeface = new SystemTypefaceResolver().Resolve(bold: true);

        typeface!.FamilyName.Should().Be("Noto Sans CJK SC");
    }

    [Fact]
    public void RenderPng_SucceedsForConcurrentRenders_SharingTheSystemFonts()
    {
        var document = DistrictMapBuilder.Build(TestDistrict.Create(), Small);

        var sizes = Enumerable.Range(0, 8).AsParallel().Select(_ =>
        {
            using var stream = new MemoryStream();
            new SkiaMapRenderer().RenderPng(document, stream);
            using var bitmap = SKBitmap.Decode(stream.ToArray());
            return bitmap.Width;
        }).ToList();

        sizes.Should().AllBeEquivalentTo(600);
    }

    [Fact]
    public void GlyphFallback_SetsCharactersTheMapFaceLacks_InAFaceThatHasThem()
    {
        var primary = SystemTypefaceResolver.Shared.Resolve(bold: false)!;
        primary.ContainsGlyph('ř').Should().BeFalse("Noto Sans CJK SC has no Czech ř: without a fallback it draws a box");

        var runs = GlyphFallback.Runs("park Přátelství", primary);
        var chinese = GlyphFallback.Runs("海珠湖公园 Haizhu Lake", primary);

        runs.Select(r => r.Run).Should().Equal("park P", "ř", "átelství");
        runs[1].Face.Should().NotBe(primary);
        runs[1].Face.ContainsGlyph('ř').Should().BeTrue();
        runs[0].Face.Should().Be(primary);
        runs[2].Face.Should().Be(primary);
        chinese.Should().ContainSingle().Which.Face.Should().Be(primary);
        using var font = new SKFont(primary, 20);
        using var blob = GlyphFallback.Create("park Přátelství", font);
        blob.Should().NotBeNull();
    }
}
