using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Tests.OpenQuake;

public class NrmlExposureReaderTests
{
    private const string Head = "<?xml version=\"1.0\"?>\n<nrml xmlns=\"http://openquake.org/xmlns/nrml/0.5\">\n<exposureModel id=\"e\" category=\"buildings\">\n<assets>\n";
    private const string Tail = "</assets>\n</exposureModel>\n</nrml>";

    [Fact]
    public void Read_XmlAssets_WithNumberLocationCostsAndTags()
    {
        var model = NrmlExposureReader.Read(ScratchFolder.Data("scenario_damage", "exposure_model.xml"));
        model.CostTypes.Should().Equal("structural");
        model.Assets.Select(a => a.Id).Should().Equal("a1", "a2", "a3");
        var a2 = model.Assets[1];
        a2.Taxonomy.Should().Be("RC");
        a2.Number.Should().Be(2000);
        a2.Lon.Should().Be(15.56);
        a2.Lat.Should().Be(38.17);
        a2.Costs["structural"].Should().Be(2000);
        a2.Tags["CRESTA"].Should().Be("01.1");
    }

    [Fact]
    public void Read_CsvExposureForm_NamedFromXml()
    {
        var model = NrmlExposureReader.Read(ScratchFolder.Data("forms", "exposure_with_csv.xml"));
        model.Assets.Should().HaveCount(2);
        var first = model.Assets[0];
        first.Id.Should().Be("hz-001");
        first.Number.Should().Be(12);
        first.Costs["structural"].Should().Be(36_000_000);
        first.Occupants["night"].Should().Be(420);
        first.Occupants["day"].Should().Be(150);
        model.Assets[1].Tags["community"].Should().Be("Jiangnan, Middle");
        model.Assets[1].Costs.Should().NotContainKey("structural");
        model.Assets[1].Number.Should().Be(3.5);
    }

    [Fact]
    public void Read_BareCsv_WithAssetIdAndOccupantsColumns()
    {
        var model = NrmlExposureReader.Read(ScratchFolder.Data("forms", "exposure_bare.csv"));
        model.Assets.Select(a => a.Id).Should().Equal("hz-001", "hz-002");
        model.Assets[1].Occupants["night"].Should().Be(55);
        model.Assets[1].Costs["structural"].Should().Be(900_000);
    }

    [Fact]
    public void Read_ReportsBothLines_ForDuplicateAssetIds()
    {
        using var dir = new ScratchFolder();
        const string asset = "<asset id=\"b1\" taxonomy=\"RC\" number=\"1\"><location lon=\"113.3\" lat=\"23.1\"/></asset>\n";
        var path = dir.Write("dup.xml", Head + asset + asset + Tail);
        var act = () => NrmlExposureReader.Read(path);
        act.Should().Throw<GeoDataException>()
            .Where(e => e.Location == "line 6, <asset>" && e.Message.Contains("duplicate asset id 'b1'") && e.Message.Contains("line 5"));
    }

    [Fact]
    public void Read_ReportsDuplicateIds_InCsv()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("dup.csv", "id,lon,lat,taxonomy,number\nx,113.3,23.1,RC,1\nx,113.3,23.1,RC,2\n");
        var act = () => NrmlExposureReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "dup.csv line 3" && e.Message.Contains("duplicate"));
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("NaN")]
    [InlineData("many")]
    public void Read_ReportsAsset_WhenNumberIsNegativeOrNotANumber(string number)
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("bad.xml", Head + $"<asset id=\"b1\" taxonomy=\"RC\" number=\"{number}\"><location lon=\"113.3\" lat=\"23.1\"/></asset>\n" + Tail);
        var act = () => NrmlExposureReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 5, <asset>" && e.Message.Contains("b1"));
    }

    [Fact]
    public void Read_ReportsRowAndColumn_WhenCsvCostIsNegative()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("neg.csv", "id,lon,lat,taxonomy,number,structural\nx,113.3,23.1,RC,1,-5\n");
        var act = () => NrmlExposureReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 2, column structural");
    }

    [Fact]
    public void Read_ReportsLocation_WhenLatitudeOutOfRange()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("lat.xml", Head + "<asset id=\"b1\" taxonomy=\"RC\" number=\"1\">\n<location lon=\"113.3\" lat=\"123.1\"/></asset>\n" + Tail);
        var act = () => NrmlExposureReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 6, <location>");
    }

    [Fact]
    public void Read_RefusesDoctype()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE nrml [<!ENTITY a \"aaaaaaaa\">]>\n<nrml xmlns=\"http://openquake.org/xmlns/nrml/0.5\"/>");
        var act = () => NrmlExposureReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Message.Contains("DTD"));
    }
}
