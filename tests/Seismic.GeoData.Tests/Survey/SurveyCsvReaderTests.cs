using System.Text;
using NetTopologySuite.Geometries;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Survey;

public class SurveyCsvReaderTests
{
    internal static readonly SurveyReadOptions Options = new(new DateOnly(2026, 1, 15));

    internal static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", "survey", name);

    [Fact]
    public void Read_AcceptsChineseHeadersAndValues()
    {
        var result = SurveyCsvReader.Read(Data("chinese_headers.csv"), Options);

        result.Errors.Should().BeEmpty();
        result.Encoding.Should().Be("utf-8");
        result.Rows.Should().HaveCount(2);
        var first = result.Rows[0].Record;
        first.Id.Should().Be("B-0001");
        first.StructureType.Should().Be(StructureType.RcFrame);
        first.YearBuilt.Should().Be(1995);
        first.Storeys.Should().Be(7);
        first.Address.Should().Be("江南大道中 12 号, 2 栋");
        first.Use.Should().Be(BuildingUse.Residential);
        first.Importance.Should().Be(ImportanceCategory.Standard);
        first.DesignIntensity.Should().Be(7);
        first.SiteClass.Should().Be(SiteClass.III);
        first.Condition.Should().Be(BuildingCondition.Fair);
        first.SoftStorey.Should().BeTrue();
        first.Pounding.Should().BeFalse();
        first.Surveyor.Should().Be("陈志强");
        first.SurveyDate.Should().Be(new DateOnly(2023, 4, 5));
        first.Photos.Should().Equal("photos/B-0001-1.jpg", "photos/B-0001-2.jpg");
        ((Point)first.Footprint).X.Should().BeApproximately(113.3051, 1e-9);

        var second = result.Rows[1].Record;
        second.StructureType.Should().Be(StructureType.Masonry);
        second.Address.Should().Be("青凤大街 \"三巷\" 8 号");
        second.Use.Should().Be(BuildingUse.Retail);
        second.DesignIntensity.Should().BeNull("无 means no seismic design");
        second.Condition.Should().Be(BuildingCondition.Poor);
        second.Pounding.Should().BeTrue();
        second.Photos.Should().BeEmpty();
        result.Rows[1].BlankColumns.Should().Contain(SurveyColumns.Importance);
    }

    [Fact]
    public void Read_DecodesGb18030File()
    {
        using var temp = new TempFolder();
        var path = temp.File("gbk.csv");
        var text = File.ReadAllText(Data("chinese_headers.csv"), Encoding.UTF8);
        File.WriteAllBytes(path, SurveyTextDecoder.Gb18030Encoding.GetBytes(text));
        File.ReadAllBytes(path).Should().NotEqual(Encoding.UTF8.GetBytes(text), "the test needs bytes that are not UTF-8");

        var result = SurveyCsvReader.Read(path, Options);

        result.Encoding.Should().Be("gb18030");
        result.Errors.Should().BeEmpty();
        result.Rows.Should().HaveCount(2);
        result.Rows[0].Record.Address.Should().Be("江南大道中 12 号, 2 栋");
        result.Rows[1].Record.Surveyor.Should().Be("李海燕");
    }

    [Fact]
    public void Read_StripsUtf8ByteOrderMark()
    {
        var result = SurveyCsvReader.Read(Data("bom.csv"), Options);

        result.Encoding.Should().Be("utf-8-bom");
        result.Errors.Should().BeEmpty();
        result.Rows.Should().ContainSingle().Which.Record.Id.Should().Be("N-0201");
    }

    [Fact]
    public void Read_KeepsCommasQuotesAndLineBreaksInQuotedFields()
    {
        var result = SurveyCsvReader.Read(Data("quoted.csv"), Options);

        result.Errors.Should().BeEmpty();
        result.Rows.Should().HaveCount(2);
        result.Rows[0].Record.Address.Should().Be("first line\nsecond line, with comma");
        result.Rows[0].Line.Should().Be(2);
        result.Rows[1].Line.Should().Be(4, "the quoted line break makes row 2 span lines 2 and 3");
        result.Rows[1].Record.Address.Should().Be("say \"hello\"");
    }

    [Theory]
    [InlineData(2, "year_built", "2999 is in the future")]
    [InlineData(3, "structure_type", "'concrete' is not one of masonry")]
    [InlineData(4, "storeys", "0 is outside 1…200")]
    [InlineData(5, "lon", "191.0 is outside")]
    [InlineData(6, "lat", "'abc' is not a number")]
    [InlineData(7, "use", "'church' is not one of")]
    [InlineData(8, "importance", "'vip' is not one of special | key | standard")]
    [InlineData(9, "design_intensity", "'10' is not 6, 7, 8, 9 or none")]
    [InlineData(10, "site_class", "'V' is not one of I0")]
    [InlineData(11, "vs30", "-5 is outside")]
    [InlineData(12, "condition", "'ruined' is not one of good")]
    [InlineData(13, "vertical_irregularity", "'extreme' is not one of none")]
    [InlineData(14, "soft_storey", "'maybe' is not one of yes | no")]
    [InlineData(15, "survey_date", "'2023/04/05' is not a date YYYY-MM-DD")]
    [InlineData(16, "occupants_day", "-3 is outside")]
    [InlineData(17, "footprint_wkt", "not valid WKT")]
    [InlineData(18, "building_id", "required value missing")]
    [InlineData(19, "year_built", "required value missing")]
    [InlineData(20, "", "the row has 16 fields but the header has 17")]
    public void Read_ReportsEachProblem_WithItsLineAndColumn(int line, string column, string message)
    {
        var result = SurveyCsvReader.Read(Data("errors.csv"), Options);

        result.Errors.Should().Contain(e => e.Line == line && e.Column == column && e.Message.Contains(message),
            "line {0} should report {1}: {2}; got {3}", line, column, message, string.Join(" | ", result.Errors));
        result.Errors.Where(e => e.Line == line).Should().ContainSingle("each bad line holds one problem");
        result.Rows.Should().BeEmpty();
    }

    [Fact]
    public void Error_FormatsAsLineColumnMessage()
    {
        new SurveyImportError(17, "year_built", "2031 is in the future").ToString()
            .Should().Be("line 17, year_built: 2031 is in the future");
    }

    [Fact]
    public void Read_ReportsUnknownColumns_AsErrorsUnlessAllowed()
    {
        const string csv = "building_id,lon,lat,structure_type,year_built,storeys,soft_story,备注\nX-1,113.301,23.081,steel,2000,3,yes,ok\n";

        var strict = SurveyCsvReader.Parse("t.csv", csv, "utf-8", Options);
        var lenient = SurveyCsvReader.Parse("t.csv", csv, "utf-8", Options with { AllowUnknownColumns = true });

        strict.UnknownColumns.Should().Equal("soft_story", "备注");
        strict.Errors.Should().HaveCount(2).And.OnlyContain(e => e.Line == 1 && e.Message.StartsWith("unknown column", StringComparison.Ordinal));
        strict.Errors.Select(e => e.Column).Should().Equal("soft_story", "备注");
        lenient.Errors.Should().BeEmpty();
        lenient.UnknownColumns.Should().Equal("soft_story", "备注");
        lenient.Rows.Should().ContainSingle();
    }

    [Fact]
    public void Read_ReportsMissingRequiredColumns_OnTheHeaderLine()
    {
        const string csv = "building_id,structure_type,storeys\nX-1,steel,3\n";

        var result = SurveyCsvReader.Parse("t.csv", csv, "utf-8", Options);

        result.Errors.Select(e => (e.Line, e.Column)).Should().BeEquivalentTo(new[] { (1, "year_built"), (1, "lon") });
    }

    [Fact]
    public void Read_ReportsUnclosedQuote()
    {
        const string csv = "building_id,lon,lat,structure_type,year_built,storeys\nX-1,113.301,23.081,steel,2000,\"3\n";

        var result = SurveyCsvReader.Parse("t.csv", csv, "utf-8", Options);

        result.Errors.Should().ContainSingle().Which.Should().Match<SurveyImportError>(e => e.Line == 2 && e.Message.Contains("not closed"));
    }

    [Fact]
    public void Read_CollectsEveryBadRow()
    {
        var csv = new StringBuilder("building_id,lon,lat,structure_type,year_built,storeys\n");
        for (var i = 0; i < 150; i++)
        {
            csv.Append("X-").Append(i).Append(",113.301,23.081,steel,2999,3\n");
        }

        var result = SurveyCsvReader.Parse("t.csv", csv.ToString(), "utf-8", Options);

        result.Errors.Should().HaveCount(150);
        result.Errors[149].Line.Should().Be(151);
    }
}
