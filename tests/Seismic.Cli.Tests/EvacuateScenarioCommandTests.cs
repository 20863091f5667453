using System.Globalization;
using System.Text.Json;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;

namespace Seismic.Cli.Tests;

/// <summary><c>seismic evacuate --scenario DIR [--closures FILE]</c> on a synthesized 2,000-building district.</summary>
public sealed class EvacuateScenarioCommandTests : IClassFixture<EvacuateScenarioCommandTests.DamagedDistrict>
{
    private readonly DamagedDistrict _district;

    public EvacuateScenarioCommandTests(DamagedDistrict district) => _district = district;

    [Fact]
    public void EvacuateScenario_ClosesRoads_Replans_AndReportsWhatChanged()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--night", "--scenario", _district.Scenario, "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("damage:").And.Contain("buildings rerouted").And.Contain("shelters removed");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var damage = summary.RootElement.GetProperty("damage");
        var closedEdges = damage.GetProperty("closed_edges").GetInt32();
        closedEdges.Should().BeGreaterThan(0, "an Mw 6.5 at 10 km depth under the district brings buildings down");
        damage.GetProperty("debris_buildings").GetInt32().Should().BeGreaterThan(0);
        var closures = ReadCsv(Path.Combine(dir, "closures.csv"));
        var restricted = damage.GetProperty("restricted_edges_by_reason");
        var restrictedEdges = restricted.GetProperty("bridge_restricted").GetInt32() + restricted.GetProperty("tunnel_restricted").GetInt32();
        closures.Count(r => r["kind"] == "road").Should().Be(closedEdges + restrictedEdges, "closed edges, and bridges and tunnels open on part of their width");
        closures.Where(r => r["reason"].EndsWith("_restricted", StringComparison.Ordinal)).Should().NotContain(r =>
            double.Parse(r["clear_width_m"], CultureInfo.InvariantCulture) > double.Parse(r["width_m"], CultureInfo.InvariantCulture));
        closures.Count(r => r["kind"] == "shelter").Should().Be(damage.GetProperty("shelters_removed").GetInt32());
        closures.Where(r => r["reason"] == "debris").Should().OnlyContain(r => r["cause"].StartsWith("building ", StringComparison.Ordinal));
        var byReason = damage.GetProperty("closed_edges_by_reason");
        closures.Count(r => r["reason"] == "debris").Should().Be(byReason.GetProperty("debris").GetInt32());
        var changes = ReadCsv(Path.Combine(dir, "changes.csv"));
        changes.Count.Should().Be(damage.GetProperty("buildings_rerouted").GetInt32() + damage.GetProperty("buildings_newly_unserved").GetInt32());
        changes.Where(r => r["change"] == "newly_unserved")
            .Sum(r => long.Parse(r["unserved_after"], CultureInfo.InvariantCulture) - long.Parse(r["unserved_before"], CultureInfo.InvariantCulture))
            .Should().Be(damage.GetProperty("newly_unserved_persons").GetInt64());
        var plan = ReadCsv(Path.Combine(dir, "plan.csv"));
        plan.Sum(r => long.Parse(r["persons"], CultureInfo.InvariantCulture)).Should().Be(_district.NightPersons, "every person is planned or reported unserved");
        damage.GetProperty("unserved_after").GetInt64().Should().Be(summary.RootElement.GetProperty("unserved").GetInt64());
    }

    [Fact]
    public void EvacuateClosures_ClosesTheGivenBridgeAndShelter_WithoutAScenario()
    {
        using var temp = new TempFolder();
        var bridge = _district.Model.Roads.First(r => r.Structure == RoadStructure.Bridge && r.PedestrianAccess);
        var shelter = _district.Model.Shelters[0];
        var file = temp.File("closures.csv");
        File.WriteAllText(file, $"road_id,shelter_id,reason\n{bridge.Id.ToString(CultureInfo.InvariantCulture)},,inspection pending\n,{shelter.Id},site flooded\n");
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--closures", file, "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        var closures = ReadCsv(Path.Combine(dir, "closures.csv"));
        closures.Where(r => r["kind"] == "road").Should().NotBeEmpty()
            .And.OnlyContain(r => r["id"] == bridge.Id.ToString(CultureInfo.InvariantCulture) && r["reason"] == "given" && r["cause"] == "inspection pending");
        closures.Where(r => r["kind"] == "shelter").Should().ContainSingle().Which["id"].Should().Be(shelter.Id);
        var shelters = ReadCsv(Path.Combine(dir, "shelters.csv"));
        shelters.Should().NotContain(r => r["shelter_id"] == shelter.Id, "a closed shelter takes no one");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        summary.RootElement.GetProperty("damage").GetProperty("shelters_removed_ids")[0].GetString().Should().Be(shelter.Id);
        summary.RootElement.GetProperty("damage").GetProperty("debris_buildings").GetInt32().Should().Be(0);
    }

    [Fact]
    public void EvacuateScenario_ExitsTwoAndWritesNothing_WhenTheFolderIsMissing()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--scenario", temp.File("no-such-scenario"), "--out", dir);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no-such-scenario").And.Contain("scenario folder not found");
        result.Error.Split('\n').Where(line => line.StartsWith("seismic:", StringComparison.Ordinal)).Should().ContainSingle("one line names the problem");
        Directory.Exists(dir).Should().BeFalse();
    }

    [Fact]
    public void EvacuateScenario_ExitsTwoAndWritesNothing_WhenTheScenarioIsOfAnotherDistrict()
    {
        using var temp = new TempFolder();
        var other = temp.File("other-scenario");
        Directory.CreateDirectory(other);
        var lines = File.ReadAllLines(Path.Combine(_district.Scenario, "buildings.csv"));
        lines[2] = "XX-FOREIGN-1" + lines[2][lines[2].IndexOf(',', StringComparison.Ordinal)..];
        File.WriteAllLines(Path.Combine(other, "buildings.csv"), lines);
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--scenario", other, "--out", dir);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("buildings.csv").And.Contain("line 3").And.Contain("XX-FOREIGN-1").And.Contain("another district");
        Directory.Exists(dir).Should().BeFalse();
    }

    [Fact]
    public void EvacuateScenario_ExitsTwoAndWritesNothing_WhenTheScenarioLacksADistrictBuilding()
    {
        using var temp = new TempFolder();
        var partial = temp.File("partial-scenario");
        Directory.CreateDirectory(partial);
        var lines = File.ReadAllLines(Path.Combine(_district.Scenario, "buildings.csv")).ToList();
        var dropped = lines[5][..lines[5].IndexOf(',', StringComparison.Ordinal)];
        lines.RemoveAt(5);
        File.WriteAllLines(Path.Combine(partial, "buildings.csv"), lines);
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--scenario", partial, "--out", dir);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("1 district building(s) have no scenario result").And.Contain(dropped);
        Directory.Exists(dir).Should().BeFalse();
    }

    [Fact]
    public void EvacuateClosures_ExitsTwo_NamingTheLine_WhenARoadIsUnknown()
    {
        using var temp = new TempFolder();
        var file = temp.File("closures.csv");
        File.WriteAllText(file, "road_id,reason\n987654321987,typo\n");
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--closures", file, "--out", dir);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("line 2").And.Contain("road_id").And.Contain("987654321987");
        Directory.Exists(dir).Should().BeFalse();
    }

    /// <summary>Reads an output CSV by header, with quoted fields.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        var rows = new List<Dictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var fields = Split(line);
            fields.Should().HaveCount(header.Count, $"{path}: {line}");
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>A synthesized district and a median-motion scenario on it, shared by the tests of this class.</summary>
    public sealed class DamagedDistrict : IDisposable
    {
        private readonly TempFolder _folder = new();

        public DamagedDistrict()
        {
            Path = _folder.File("synth.gpkg");
            var synth = CliRunner.Run("district", "synth", "--buildings", "2000", "--seed", "11", "--out", Path);
            synth.ExitCode.Should().Be(0, synth.Error);
            Scenario = _folder.File("scenario");
            var scenario = CliRunner.Run("--district", Path, "scenario", "--lon", "113.32", "--lat", "23.09", "--depth", "10", "--mag", "6.5",
                "--realizations", "2", "--median-only", "--night", "--out", Scenario);
            scenario.ExitCode.Should().Be(0, scenario.Error);
            Model = DistrictGeoPackage.Read(Path);
            NightPersons = Model.Buildings.Sum(b => (long)b.OccupantsNight);
        }

        public string Path { get; }

        public string Scenario { get; }

        public DistrictModel Model { get; }

        public long NightPersons { get; }

        public void Dispose() => _folder.Dispose();
    }
}
