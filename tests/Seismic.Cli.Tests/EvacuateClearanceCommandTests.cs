using System.Globalization;

namespace Seismic.Cli.Tests;

/// <summary>The clearance part of <c>seismic evacuate</c> on the synthesized 2,000-building district.</summary>
public sealed class EvacuateClearanceCommandTests : IClassFixture<EvacuateCommandTests.SynthDistrict>
{
    private readonly EvacuateCommandTests.SynthDistrict _district;

    public EvacuateClearanceCommandTests(EvacuateCommandTests.SynthDistrict district) => _district = district;

    [Fact]
    public void Clearance_WritesEveryCommunity_AndNamesBottleneckStreets()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--night", "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("clearance with congestion").And.Contain("district");
        var rows = File.ReadAllLines(Path.Combine(dir, "clearance.csv"));
        rows[0].Should().Be("community,persons,clearance_s,bottleneck_road,evacuated,unserved");
        long persons = 0;
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Split(',');
            persons += long.Parse(cells[1], CultureInfo.InvariantCulture);
            var evacuated = long.Parse(cells[^2], CultureInfo.InvariantCulture);
            if (evacuated > 0)
            {
                double.Parse(cells[2], CultureInfo.InvariantCulture).Should().BePositive(row);
            }
        }

        persons.Should().Be(_district.NightPersons);
        var bottlenecks = File.ReadAllLines(Path.Combine(dir, "bottlenecks.csv"));
        bottlenecks[0].Should().StartWith("edge_id,road_name,width_m,capacity_pps,persons,saturated_s");
        bottlenecks.Skip(1).Should().NotBeEmpty().And.OnlyContain(line => line.Split(',')[1].Length > 0);
    }

    [Fact]
    public void Evacuate_WritesNoClearanceFiles_WithNoClearance()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--no-clearance", "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(dir, "clearance.csv")).Should().BeFalse();
    }
}
