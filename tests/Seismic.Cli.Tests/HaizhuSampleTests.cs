using System.IO.Compression;
using System.Text.Json;

namespace Seismic.Cli.Tests;

/// <summary>
/// The committed Haizhu sample (geodata/haizhu/haizhu.gpkg.gz, shipped next to the program) is what its README says:
/// the output of <c>seismic district synth --seed 20201101</c>, byte for byte, and the default of every command.
/// </summary>
public class HaizhuSampleTests
{
    [Fact]
    public void CommittedSample_IsRegeneratedByteForByte_ByTheDocumentedCommand()
    {
        using var temp = new TempFolder();
        var regenerated = temp.File("haizhu.gpkg");

        var synth = CliRunner.Run("district", "synth", "--seed", "20201101", "--out", regenerated);

        synth.ExitCode.Should().Be(0, synth.Error);
        using var packed = new GZipStream(File.OpenRead(CliRunner.Data("haizhu.gpkg.gz")), CompressionMode.Decompress);
        using var committed = new MemoryStream();
        packed.CopyTo(committed);
        File.ReadAllBytes(regenerated).Should().Equal(committed.ToArray(), "the committed sample must match its generator");
    }

    [Fact]
    public void DistrictInfo_DefaultsToTheHaizhuSample()
    {
        var info = CliRunner.Run("district", "info", "--json");

        info.ExitCode.Should().Be(0, info.Error);
        using var json = JsonDocument.Parse(info.Out);
        var root = json.RootElement;
        root.GetProperty("name").GetString().Should().Be("海珠区");
        root.GetProperty("streets").GetInt32().Should().Be(18);
        root.GetProperty("communities").GetInt32().Should().Be(265);
        root.GetProperty("buildings").GetInt32().Should().BeInRange(40_000, 60_000);
        // 7th national census, 2020-11-01: 1,819,037 residents (reference/haizhu/FACTS.md); the sample aims within 2 %.
        root.GetProperty("population_night").GetInt64().Should().BeCloseTo(1_819_037, 36_380);
        root.GetProperty("shelters").GetInt32().Should().BeGreaterThanOrEqualTo(40);
    }
}
