using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Tests.OpenQuake;

public class GroundMotionCsvReaderTests
{
    [Fact]
    public void Read_TwoImts_WithRealizationColumn_MetadataLine_AndSiteIdHeader()
    {
        var data = GroundMotionCsvReader.Read(ScratchFolder.Data("forms", "gmf.csv"), ScratchFolder.Data("forms", "sites.csv"));
        data.Sites.Select(s => s.Id).Should().Equal(10, 11);
        data.Fields.Imts.Should().Equal("PGA", "SA(0.3)");
        data.Fields.EventCount.Should().Be(3);
        data.Events.Should().Equal("0/0", "0/1", "0/2");
        data.Fields.SiteValues(data.Fields.IndexOfImt("SA(0.3)"), 1).ToArray().Should().Equal(0.25, 0.02, 0.55);
        data.Fields.SiteValues(0, 0).ToArray().Should().Equal(0.12, 0.35, 4.5);
    }

    [Fact]
    public void Read_ReportsRow_WhenGmfNamesSiteMissingFromSitesFile()
    {
        using var dir = new ScratchFolder();
        var sites = dir.Write("sites.csv", "sid,lon,lat\n0,113.3,23.1\n");
        var gmf = dir.Write("gmf.csv", "sid,eid,gmv_PGA\n0,0,0.1\n7,0,0.2\n");
        var act = () => GroundMotionCsvReader.Read(gmf, sites);
        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == gmf && e.Location == "line 3, column sid" && e.Message.Contains("site 7") && e.Message.Contains("do not match"));
    }

    [Fact]
    public void Read_ReportsDuplicateSiteEventRow()
    {
        using var dir = new ScratchFolder();
        var sites = dir.Write("sites.csv", "sid,lon,lat\n0,113.3,23.1\n");
        // OpenQuake's case_1 gmf_scenario.csv has such a repeated (site, event) pair.
        var gmf = dir.Write("gmf.csv", "rlzi,sid,eid,gmv_PGA\n0,0,7,0.16\n0,0,7,0.28\n");
        var act = () => GroundMotionCsvReader.Read(gmf, sites);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 3" && e.Message.Contains("duplicate row"));
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("nan")]
    [InlineData("")]
    public void Read_ReportsRowAndColumn_WhenValueIsNegativeOrNotANumber(string value)
    {
        using var dir = new ScratchFolder();
        var sites = dir.Write("sites.csv", "sid,lon,lat\n0,113.3,23.1\n");
        var gmf = dir.Write("gmf.csv", $"sid,eid,gmv_PGA\n0,0,{value}\n");
        var act = () => GroundMotionCsvReader.Read(gmf, sites);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 2, column gmv_PGA");
    }

    [Fact]
    public void Read_ReportsDuplicateSiteIds_InSitesFile()
    {
        using var dir = new ScratchFolder();
        var sites = dir.Write("sites.csv", "site_id,lon,lat\n0,113.3,23.1\n0,113.4,23.1\n");
        var gmf = dir.Write("gmf.csv", "sid,eid,gmv_PGA\n0,0,0.1\n");
        var act = () => GroundMotionCsvReader.Read(gmf, sites);
        act.Should().Throw<GeoDataException>().Where(e => e.File == sites && e.Location == "line 3, column site_id");
    }

    [Fact]
    public void Read_ReportsHeader_WhenNoGmvColumn()
    {
        using var dir = new ScratchFolder();
        var sites = dir.Write("sites.csv", "sid,lon,lat\n0,113.3,23.1\n");
        var gmf = dir.Write("gmf.csv", "sid,eid,pga\n0,0,0.1\n");
        var act = () => GroundMotionCsvReader.Read(gmf, sites);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 1" && e.Message.Contains("gmv_"));
    }
}
