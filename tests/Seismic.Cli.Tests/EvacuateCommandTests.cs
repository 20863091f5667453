using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Seismic.GeoData.GeoPackage;

namespace Seismic.Cli.Tests;

/// <summary><c>seismic evacuate</c> end to end on a synthesized 2,000-building district.</summary>
public sealed class EvacuateCommandTests : IClassFixture<EvacuateCommandTests.SynthDistrict>
{
    private readonly SynthDistrict _district;

    public EvacuateCommandTests(SynthDistrict district) => _district = district;

    [Fact]
    public void Evacuate_WritesPlan_KeepsSheltersWithinCapacity_AndBalancesPersons()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--night", "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("evacuation (night)").And.Contain("busiest shelters").And.Contain("buildings to the walkable network: median");
        foreach (var name in new[] { "plan.csv", "shelters.csv", "communities.csv", "summary.json" })
        {
            File.Exists(Path.Combine(dir, name)).Should().BeTrue(name);
        }

        AssertConsistent(dir, _district.NightPersons);
    }

    [Fact]
    public void Evacuate_WidensK_AndSaysSo_WhenPlacesWouldStayEmpty()
    {
        using var temp = new TempFolder();
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--night", "--k", "1", "--no-clearance", "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("k widened from 1 to");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        summary.RootElement.GetProperty("unserved_by_reason").GetProperty("beyond_k").GetInt64().Should().Be(0);
    }

    [Fact]
    public void Evacuate_ReportsShortfall_WhenSheltersAreTooSmall()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("small-shelters.gpkg");
        File.Copy(_district.Path, gpkg);
        Execute(gpkg, "UPDATE shelters SET capacity_persons = 100");
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", gpkg, "--night", "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        var (served, unserved) = AssertConsistent(dir, _district.NightPersons);
        served.Should().BeLessThanOrEqualTo(100 * _district.ShelterCount);
        unserved.Should().BeGreaterThan(0);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var reasons = summary.RootElement.GetProperty("unserved_by_reason");
        (reasons.GetProperty("shelters_full").GetInt64() + reasons.GetProperty("beyond_k").GetInt64()
            + reasons.GetProperty("unreachable").GetInt64()).Should().Be(unserved);
        var communities = ReadCsv(Path.Combine(dir, "communities.csv"));
        communities.Sum(r => long.Parse(r["unserved"], CultureInfo.InvariantCulture)).Should().Be(unserved);
        result.Out.Should().Contain("worst communities");
        summary.RootElement.GetProperty("capacity_shortfall").GetInt64().Should().Be(_district.NightPersons - (100L * _district.ShelterCount));
        result.Out.Should().Contain(string.Create(CultureInfo.InvariantCulture,
            $"at least {_district.NightPersons - (100L * _district.ShelterCount):N0} cannot be placed by any plan"));
    }

    [Fact]
    public void Evacuate_FailsNamingTheShelter_WhenItsCapacityIsZero()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("zero.gpkg");
        File.Copy(_district.Path, gpkg);
        Execute(gpkg, "UPDATE shelters SET capacity_persons = 0 WHERE id = (SELECT id FROM shelters ORDER BY fid LIMIT 1 OFFSET 2)");
        var id = Query(gpkg, "SELECT id FROM shelters ORDER BY fid LIMIT 1 OFFSET 2");
        var dir = temp.File("plan");

        var result = CliRunner.Run("evacuate", "--district", gpkg, "--out", dir);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(id).And.Contain("capacity");
        Directory.Exists(dir).Should().BeFalse("no partial plan is written");
    }

    [Fact]
    public void Evacuate_SaysSo_WhenNoBuildingHasOccupants()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("empty.gpkg");
        File.Copy(_district.Path, gpkg);
        Execute(gpkg, "UPDATE buildings SET occupants_night = 0");

        var result = CliRunner.Run("evacuate", "--district", gpkg, "--night", "--no-clearance", "--out", temp.File("plan"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("no building has night occupants recorded, so this plan places nobody: fill occupants_night")
            .And.NotContain("every community is served");
    }

    [Fact]
    public void Evacuate_RejectsKBelowOne()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("evacuate", "--district", _district.Path, "--k", "0", "--out", temp.File("plan"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--k");
    }

    /// <summary>Checks capacities and the person balance across the files; returns (served, unserved).</summary>
    private static (long Served, long Unserved) AssertConsistent(string dir, long expectedPersons)
    {
        foreach (var row in ReadCsv(Path.Combine(dir, "shelters.csv")))
        {
            int.Parse(row["load"], CultureInfo.InvariantCulture)
                .Should().BeLessThanOrEqualTo(int.Parse(row["capacity"], CultureInfo.InvariantCulture), row["shelter_id"]);
        }

        var plan = ReadCsv(Path.Combine(dir, "plan.csv"));
        var served = plan.Where(r => r["shelter_id"].Length > 0).Sum(r => long.Parse(r["persons"], CultureInfo.InvariantCulture));
        var unserved = plan.Where(r => r["shelter_id"].Length == 0).Sum(r => long.Parse(r["persons"], CultureInfo.InvariantCulture));
        plan.Count(r => r["shelter_id"].Length == 0 && r["unserved_reason"].Length == 0).Should().Be(0, "every unserved row gives its reason");
        (served + unserved).Should().Be(expectedPersons);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        summary.RootElement.GetProperty("persons").GetInt64().Should().Be(expectedPersons);
        summary.RootElement.GetProperty("served").GetInt64().Should().Be(served);
        summary.RootElement.GetProperty("unserved").GetInt64().Should().Be(unserved);
        ReadCsv(Path.Combine(dir, "shelters.csv")).Sum(r => long.Parse(r["load"], CultureInfo.InvariantCulture)).Should().Be(served);

        // The straight leg to the street is reported for every building on the network, and the summary agrees.
        var snaps = plan.Where(r => r["snap_m"].Length > 0).Select(r => double.Parse(r["snap_m"], CultureInfo.InvariantCulture)).ToList();
        snaps.Should().NotBeEmpty().And.OnlyContain(m => m >= 0);
        var access = summary.RootElement.GetProperty("network_access");
        access.GetProperty("max_snap_m").GetDouble().Should().BeApproximately(snaps.Max(), 0.051);
        ReadCsv(Path.Combine(dir, "shelters.csv")).Should().OnlyContain(r => int.Parse(r["access_points"], CultureInfo.InvariantCulture) >= 1);
        return (served, unserved);
    }

    /// <summary>Reads an output CSV by header (no field of the synthesized district holds a comma).</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = new List<Dictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            fields.Should().HaveCount(header.Length, $"{path}: {line}");
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }

        return rows;
    }

    internal static void Execute(string gpkg, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={gpkg};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Query(string gpkg, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={gpkg};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>One synthesized district shared by the tests of this class.</summary>
    public sealed class SynthDistrict : IDisposable
    {
        private readonly TempFolder _folder = new();

        public SynthDistrict()
        {
            Path = _folder.File("synth.gpkg");
            var synth = CliRunner.Run("district", "synth", "--buildings", "2000", "--seed", "11", "--out", Path);
            synth.ExitCode.Should().Be(0, synth.Error);
            var model = DistrictGeoPackage.Read(Path);
            NightPersons = model.Buildings.Sum(b => (long)b.OccupantsNight);
            ShelterCount = model.Shelters.Count;
        }

        public string Path { get; }

        public long NightPersons { get; }

        public int ShelterCount { get; }

        public void Dispose() => _folder.Dispose();
    }
}
