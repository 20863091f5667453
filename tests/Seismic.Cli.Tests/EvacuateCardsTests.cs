using System.Text;
using Seismic.GeoData.GeoPackage;
using SkiaSharp;

namespace Seismic.Cli.Tests;

/// <summary><c>seismic evacuate</c>'s drawn outputs: the evacuation map and the A5 emergency cards.</summary>
public sealed class EvacuateCardsTests : IClassFixture<EvacuateCommandTests.SynthDistrict>
{
    private readonly EvacuateCommandTests.SynthDistrict _district;

    public EvacuateCardsTests(EvacuateCommandTests.SynthDistrict district) => _district = district;

    [Fact]
    public void Evacuate_WritesTheMap_AndNoCards_WhenCardsAreNotAsked()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--night", "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        using var map = SKBitmap.Decode(Path.Combine(dir, "evacuation.png"));
        map.Should().NotBeNull();
        map.Width.Should().Be(2400);
        Directory.Exists(Path.Combine(dir, "cards")).Should().BeFalse("cards are drawn only on request");
    }

    [Fact]
    public void Evacuate_WritesA5CardsAndOnePdf_ForTheChosenCommunities()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");
        var codes = DistrictGeoPackage.Read(_district.Path).Communities.Select(c => c.Code).Order(StringComparer.Ordinal).Take(2).ToList();

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--night", "--cards", "community", "--card-ids", string.Join(",", codes), "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("cards/cards.pdf").And.Contain("2 card images");
        foreach (var code in codes)
        {
            using var card = SKBitmap.Decode(Path.Combine(dir, "cards", code + ".png"));
            card.Should().NotBeNull(code);
            (card.Width, card.Height).Should().Be((874, 1240), "A5 at 150 dpi");
        }

        var pdf = File.ReadAllBytes(Path.Combine(dir, "cards", "cards.pdf"));
        Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        Encoding.Latin1.GetString(pdf).Should().Contain("/Count 2", "one page per card");
    }

    [Fact]
    public void Evacuate_WritesABuildingCard_NamedAfterTheBuilding()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");
        var id = DistrictGeoPackage.Read(_district.Path).Buildings.OrderByDescending(b => b.OccupantsNight).First().Id;

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--night", "--cards", "building", "--card-ids", id, "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(dir, "cards", id + ".png")).Should().BeTrue();
        File.Exists(Path.Combine(dir, "cards", "cards.pdf")).Should().BeTrue();
    }

    [Fact]
    public void Evacuate_FailsNamingTheId_WhenACardIdIsUnknown_AndWritesNothing()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--cards", "building", "--card-ids", "NO-SUCH-BUILDING", "--out", dir);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("NO-SUCH-BUILDING");
        Directory.Exists(dir).Should().BeFalse("the options are checked before anything is written");
    }

    [Fact]
    public void Evacuate_RefusesCardIdsWithoutCards()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--card-ids", "X", "--out", temp.File("plan"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--cards");
    }
}
