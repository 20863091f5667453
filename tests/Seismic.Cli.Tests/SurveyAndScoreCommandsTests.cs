using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Seismic.Cli.Tests;

/// <summary><c>seismic survey import|status</c> and <c>seismic score</c> end to end on a small synthesized district.</summary>
public sealed class SurveyAndScoreCommandsTests : IClassFixture<SurveyAndScoreCommandsTests.SmallDistrict>
{
    private readonly SmallDistrict _district;

    public SurveyAndScoreCommandsTests(SmallDistrict district) => _district = district;

    /// <summary>One synthesized 2,000-building district shared by the tests; each test works on its own copy.</summary>
    public sealed class SmallDistrict : IDisposable
    {
        public SmallDistrict()
        {
            var synth = CliRunner.Run("district", "synth", "--buildings", "2000", "--seed", "3", "--out", Temp.File("small.gpkg"));
            synth.ExitCode.Should().Be(0, synth.Error);
            Path = Temp.File("small.gpkg");
        }

        public TempFolder Temp { get; } = new();

        public string Path { get; }

        public string Copy(TempFolder folder)
        {
            var copy = folder.File("district.gpkg");
            File.Copy(Path, copy);
            return copy;
        }

        public void Dispose() => Temp.Dispose();
    }

    private static string FirstBuildingId(string scoresCsv) => File.ReadLines(scoresCsv).Skip(1).First().Split(',')[0];

    [Fact]
    public void Status_ReportsProgressOfTheSynthesizedSurvey()
    {
        var status = CliRunner.Run("survey", "status", "--district", _district.Path, "--as-of", "2026-01-01", "--json");

        status.ExitCode.Should().Be(0, status.Error);
        using var json = JsonDocument.Parse(status.Out);
        var district = json.RootElement.GetProperty("district");
        district.GetProperty("buildings").GetInt32().Should().Be(2000);
        var surveyed = district.GetProperty("surveyed").GetInt32();
        surveyed.Should().BeInRange(1300, 1960, "street coverages are 65–98 %");
        district.GetProperty("overdue").GetInt32().Should().BeInRange(1, surveyed - 1, "surveys from 2019–2020 are overdue on 2026-01-01");
        var streets = json.RootElement.GetProperty("streets").EnumerateArray().ToList();
        streets.Should().HaveCount(18);
        streets.Sum(s => s.GetProperty("surveyed").GetInt32()).Should().Be(surveyed);
        json.RootElement.GetProperty("communities").GetArrayLength().Should().BeGreaterThan(18);
    }

    [Fact]
    public void Status_PrintsATablePerStreet()
    {
        var status = CliRunner.Run("survey", "status", "--district", _district.Path, "--as-of", "2026-01-01");

        status.ExitCode.Should().Be(0, status.Error);
        status.Out.Should().Contain("of 2,000 buildings surveyed").And.Contain("江南中街道").And.Contain("overdue");
    }

    [Fact]
    public void Import_AddsRecordsAndNewBuildings_ThenStatusCountsThem()
    {
        using var temp = new TempFolder();
        var gpkg = _district.Copy(temp);
        var csv = temp.File("survey.csv");
        File.WriteAllText(csv,
            "编号,经度,纬度,结构类型,建成年份,地上层数,用途,调查人,调查日期\n" +
            "NEW-1,113.3200,23.0850,框架,2005,8,住宅,陈志强,2025-03-01\n" +
            "NEW-2,113.3210,23.0860,砖混,1985,5,学校,陈志强,2025-03-02\n", new UTF8Encoding(true));
        var before = JsonDocument.Parse(CliRunner.Run("survey", "status", "--district", gpkg, "--as-of", "2026-01-01", "--json").Out)
            .RootElement.GetProperty("district").GetProperty("surveyed").GetInt32();

        var import = CliRunner.Run("survey", "import", csv, "--district", gpkg);

        import.ExitCode.Should().Be(0, import.Error);
        import.Out.Should().StartWith("imported 2 records (2 new buildings)");
        var after = JsonDocument.Parse(CliRunner.Run("survey", "status", "--district", gpkg, "--as-of", "2026-01-01", "--json").Out)
            .RootElement.GetProperty("district");
        after.GetProperty("buildings").GetInt32().Should().Be(2002);
        after.GetProperty("surveyed").GetInt32().Should().Be(before + 2);
    }

    [Fact]
    public void Import_ListsTheFirst100ErrorsAndACount_AndWritesNothing()
    {
        using var temp = new TempFolder();
        var gpkg = _district.Copy(temp);
        var before = File.ReadAllBytes(gpkg);
        var future = (DateTime.Now.Year + 5).ToString(CultureInfo.InvariantCulture);
        var csv = new StringBuilder("building_id,lon,lat,structure_type,year_built,storeys\n");
        for (var i = 0; i < 150; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"BAD-{i},113.32,23.085,rc_frame,{future},6\n");
        }

        File.WriteAllText(temp.File("bad.csv"), csv.ToString());

        var import = CliRunner.Run("survey", "import", temp.File("bad.csv"), "--district", gpkg);

        import.ExitCode.Should().Be(2);
        import.Out.Should().BeEmpty();
        var lines = import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("year_built", StringComparison.Ordinal)).ToList();
        lines.Should().HaveCount(100);
        lines[0].Should().EndWith($"line 2, year_built: {future} is in the future");
        import.Error.Should().Contain("150 errors; nothing was imported").And.Contain("… and 50 more errors");
        File.ReadAllBytes(gpkg).Should().Equal(before);
    }

    [Fact]
    public void Import_ListsEveryBadGeoJsonFeatureOnItsOwnLine_AndWritesNothing()
    {
        using var temp = new TempFolder();
        var gpkg = _district.Copy(temp);
        var before = File.ReadAllBytes(gpkg);
        var geojson = temp.File("survey.geojson");
        File.WriteAllText(geojson, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"OK-1","geometry":{"type":"Point","coordinates":[113.32,23.085]},"properties":{"structure_type":"steel","year_built":2000,"storeys":3}},
            {"type":"Feature","id":"BOW-2","geometry":{"type":"Polygon","coordinates":[[[113.32,23.085],[113.3203,23.0853],[113.3203,23.085],[113.32,23.0853],[113.32,23.085]]]},"properties":{"structure_type":"steel","year_built":2000,"storeys":3}},
            {"type":"Feature","id":"LINE-3","geometry":{"type":"LineString","coordinates":[[113.32,23.085],[113.321,23.086]]},"properties":{"structure_type":"steel","year_built":2000,"storeys":3}},
            {"type":"Feature","id":"ATTR-4","geometry":{"type":"Point","coordinates":[113.321,23.086]},"properties":{"structure_type":"bamboo","year_built":2000,"storeys":3}}]}
            """);

        var import = CliRunner.Run("survey", "import", geojson, "--district", gpkg);

        import.ExitCode.Should().Be(2, import.Error);
        import.Out.Should().BeEmpty();
        var lines = import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.Contains("3 errors; nothing was imported", StringComparison.Ordinal));
        lines.Where(l => l.StartsWith(geojson + ": feature ", StringComparison.Ordinal)).Should().SatisfyRespectively(
            l => l.Should().StartWith($"{geojson}: feature 2 (id BOW-2), geometry: invalid Polygon: Self-intersection"),
            l => l.Should().Be($"{geojson}: feature 3 (id LINE-3), geometry: expected a Polygon, MultiPolygon or Point footprint, found LineString"),
            l => l.Should().StartWith($"{geojson}: feature 4 (id ATTR-4), structure_type: 'bamboo' is not one of masonry"));
        File.ReadAllBytes(gpkg).Should().Equal(before);
    }

    [Fact]
    public void Import_ReportsUnknownColumns()
    {
        using var temp = new TempFolder();
        var gpkg = _district.Copy(temp);
        File.WriteAllText(temp.File("u.csv"), "building_id,lon,lat,structure_type,year_built,storeys,colour\nU-1,113.32,23.085,steel,2000,3,red\n");

        var strict = CliRunner.Run("survey", "import", temp.File("u.csv"), "--district", gpkg);
        var lenient = CliRunner.Run("survey", "import", temp.File("u.csv"), "--district", gpkg, "--allow-unknown-columns");

        strict.ExitCode.Should().Be(2);
        strict.Error.Should().Contain("line 1, colour: unknown column");
        lenient.ExitCode.Should().Be(0, lenient.Error);
        lenient.Error.Should().Contain("unknown column 'colour' ignored");
    }

    [Fact]
    public void Import_RefusesToWriteIntoTheEmbeddedSample()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("s.csv"), "building_id,lon,lat,structure_type,year_built,storeys\nS-1,113.32,23.085,steel,2000,3\n");
        var previous = Environment.GetEnvironmentVariable("SEISMIC_DISTRICT");
        Environment.SetEnvironmentVariable("SEISMIC_DISTRICT", null);
        try
        {
            var import = CliRunner.Run("survey", "import", temp.File("s.csv"));

            import.ExitCode.Should().Be(2);
            import.Error.Should().Contain("--district");
        }
        finally
        {
            Environment.SetEnvironmentVariable("SEISMIC_DISTRICT", previous);
        }
    }

    [Theory]
    [InlineData("scores.csv")]
    [InlineData("scores.geojson")]
    [InlineData("scores.gpkg")]
    public void Score_WritesTheLayerInTheFormatOfTheExtension(string name)
    {
        using var temp = new TempFolder();

        var score = CliRunner.Run("score", "--district", _district.Path, "--intensity", "8", "--out", temp.File(name));

        score.ExitCode.Should().Be(0, score.Error);
        score.Out.Should().Contain("scored 2,000 buildings at intensity 8 (PGA 0.20 g");
        new FileInfo(temp.File(name)).Length.Should().BeGreaterThan(10_000);
        Directory.GetFiles(temp.Path, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Score_CsvHoldsOneRowPerBuildingWithTheScenarioPga()
    {
        using var temp = new TempFolder();

        var score = CliRunner.Run("score", "--district", _district.Path, "--pga", "0.3", "--out", temp.File("s.csv"));

        score.ExitCode.Should().Be(0, score.Error);
        var lines = File.ReadAllLines(temp.File("s.csv"));
        lines.Should().HaveCount(2001);
        var header = lines[0].Split(',');
        var pga = Array.IndexOf(header, "pga_g");
        var grade = Array.IndexOf(header, "grade");
        lines.Skip(1).Select(l => l.Split(',')[pga]).Should().OnlyContain(v => v == "0.3");
        lines.Skip(1).Select(l => l.Split(',')[grade]).Should().OnlyContain(g => g == "A" || g == "B" || g == "C" || g == "D");
    }

    [Fact]
    public void ScoreBuilding_ExplainsEveryPart()
    {
        using var temp = new TempFolder();
        CliRunner.Run("score", "--district", _district.Path, "--out", temp.File("s.csv")).ExitCode.Should().Be(0);
        var id = FirstBuildingId(temp.File("s.csv"));

        var explain = CliRunner.Run("score", "--district", _district.Path, "--building", id);

        explain.ExitCode.Should().Be(0, explain.Error);
        explain.Out.Should().Contain($"building {id}")
            .And.Contain("structure-type table line")
            .And.Contain("code-level table line")
            .And.Contain("basic score")
            .And.Contain("median")
            .And.Contain("HAZUS indoor casualty rates")
            .And.Contain("starting score +100")
            .And.Contain("appraisal category")
            .And.Contain("retrofit rank");
    }

    [Fact]
    public void ScoreBuildingJson_HasTheContributionsThatSumToTheIndex()
    {
        using var temp = new TempFolder();
        CliRunner.Run("score", "--district", _district.Path, "--out", temp.File("s.csv")).ExitCode.Should().Be(0);
        var id = FirstBuildingId(temp.File("s.csv"));

        var explain = CliRunner.Run("score", "--district", _district.Path, "--building", id, "--json");

        explain.ExitCode.Should().Be(0, explain.Error);
        using var json = JsonDocument.Parse(explain.Out);
        var design = json.RootElement.GetProperty("resilience_design");
        var sum = design.GetProperty("contributions").EnumerateArray().Sum(c => c.GetProperty("points").GetDouble());
        sum.Should().BeApproximately(design.GetProperty("index").GetDouble(), 1e-9);
        var rvs = json.RootElement.GetProperty("rvs");
        rvs.GetProperty("contributions").EnumerateArray().Sum(c => c.GetProperty("points").GetDouble())
            .Should().BeApproximately(rvs.GetProperty("final_score").GetDouble(), 1e-9);
        json.RootElement.GetProperty("pga_g").GetDouble().Should().BeApproximately(0.10, 1e-12, "intensity 7 is the default");
    }

    [Theory]
    [InlineData("--pga", "0.1", "--intensity", "7")]
    [InlineData("--intensity", "6.5")]
    [InlineData("--pga", "-1")]
    public void Score_RejectsBadScenarios(params string[] scenario)
    {
        using var temp = new TempFolder();

        var score = CliRunner.Run(["score", "--district", _district.Path, "--out", temp.File("s.csv"), .. scenario]);

        score.ExitCode.Should().Be(2);
        score.Error.Should().StartWith("seismic: ");
        File.Exists(temp.File("s.csv")).Should().BeFalse();
    }

    [Fact]
    public void ScoreBuilding_ReportsAnUnknownId()
    {
        var score = CliRunner.Run("score", "--district", _district.Path, "--building", "NO-SUCH");

        score.ExitCode.Should().Be(2);
        score.Error.Should().Contain("no building 'NO-SUCH'");
    }
}
