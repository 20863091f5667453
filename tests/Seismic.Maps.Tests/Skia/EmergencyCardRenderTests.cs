using System.Text;
using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Skia;
using Seismic.Maps.Tests.Support;
using SkiaSharp;

namespace Seismic.Maps.Tests.Skia;

public sealed class EmergencyCardRenderTests
{
    private static readonly Engine.District.DistrictModel Model = TestDistrict.Create();
    private readonly SkiaCardRenderer _renderer = new();

    private static EmergencyCard Card() => EmergencyCardBuilder.Build(Model, TestEvacuation.BuildingCard(Model));

    private byte[] Png(EmergencyCard card)
    {
        using var stream = new MemoryStream();
        _renderer.RenderPng(card, stream);
        return stream.ToArray();
    }

    [Fact]
    public void RenderPng_IsA5At150Dpi()
    {
        using var bitmap = Support.Png.Decode(Png(Card()));

        bitmap.Width.Should().Be(874, "148 mm at 150 dpi");
        bitmap.Height.Should().Be(1240, "210 mm at 150 dpi");
        ((double)bitmap.Width / bitmap.Height).Should().BeApproximately(148.0 / 210.0, 0.001, "the A5 aspect (ISO 216)");
    }

    [Fact]
    public void RenderPng_PaintsTheHeaderAccent_AndTheRouteInTheMapArea()
    {
        var card = Card();
        using var bitmap = Support.Png.Decode(Png(card));

        Support.Png.Near(bitmap.GetPixel(5, 5), card.Accent, tolerance: 3).Should().BeTrue("the header band is the accent colour");
        // The map slot: below the 54 pt header, 37 % of the sheet high, inside the 12 pt margins (150 / 72 px per pt).
        var scale = 150 / 72.0;
        int top = (int)(60 * scale), bottom = (int)((60 + (595.3 * 0.37)) * scale), left = (int)(12 * scale), right = bitmap.Width - (int)(12 * scale);
        var route = MapColor.FromHex("#1565c0");
        int routePixels = 0, inked = 0;
        for (var y = top + 4; y < bottom - 4; y += 2)
        {
            for (var x = left + 4; x < right - 4; x += 2)
            {
                var p = bitmap.GetPixel(x, y);
                if (Support.Png.Near(p, route, tolerance: 12))
                {
                    routePixels++;
                }

                if (p.Red < 250 || p.Green < 250 || p.Blue < 250)
                {
                    inked++;
                }
            }
        }

        routePixels.Should().BeGreaterThan(100, "the route is drawn as a broad blue line");
        inked.Should().BeGreaterThan((bottom - top) * (right - left) / 4 / 2, "the map area is not blank");
    }

    [Fact]
    public void RenderPng_PutsTextInTheSections()
    {
        using var bitmap = Support.Png.Decode(Png(Card()));

        var dark = 0;
        for (var y = 800; y < 1200; y += 2)
        {
            for (var x = 30; x < 844; x += 2)
            {
                var p = bitmap.GetPixel(x, y);
                if (p.Red < 90 && p.Green < 90 && p.Blue < 90)
                {
                    dark++;
                }
            }
        }

        dark.Should().BeGreaterThan(1000, "the lower half holds the text sections");
    }

    [Fact]
    public void RenderPdf_WritesOnePagePerCard()
    {
        var first = Card();
        var second = EmergencyCardBuilder.Build(Model, TestEvacuation.BuildingCard(Model) with { CardId = "B2-0b", Shelter = null, Route = null, UnservedPersons = 40 });
        using var stream = new MemoryStream();

        _renderer.RenderPdf([first, second], stream);

        var pdf = stream.ToArray();
        Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        var text = Encoding.Latin1.GetString(pdf);
        CountOf(text, "/Type /Page\n").Should().Be(2);
        CountOf(text, "/MediaBox [0 0 420 595]").Should().Be(2, "A5 is 419.53 × 595.28 pt, which the PDF writer rounds to whole points");
    }

    [Fact]
    public void RenderPdf_RejectsAnEmptySelection()
    {
        var act = () => _renderer.RenderPdf([], new MemoryStream());

        act.Should().Throw<ArgumentException>();
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
