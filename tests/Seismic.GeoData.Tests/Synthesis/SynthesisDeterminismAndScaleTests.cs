using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using Seismic.GeoData.Synthesis;

namespace Seismic.GeoData.Tests.Synthesis;

[Collection(HaizhuModelGroup.Name)]
public sealed class SynthesisDeterminismAndScaleTests(HaizhuModelFixture fixture)
{
    [Fact]
    public void Haizhu_IsIdenticalOnEveryRun_WithTheSameSeed()
    {
        DistrictModel a = fixture.Model;
        DistrictModel b = DistrictSynthesizer.Haizhu();
        AssertSame(a, b);
    }

    [Fact]
    public void Synthesize_Differs_WithAnotherSeed()
    {
        DistrictModel a = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 5_000, Seed: 1));
        DistrictModel b = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 5_000, Seed: 2));
        a.Buildings.Should().HaveCount(5_000);
        b.Buildings.Should().HaveCount(5_000);
        int same = 0;
        for (int k = 0; k < a.Buildings.Count; k++)
        {
            same += a.Buildings[k].Footprint.EqualsExact(b.Buildings[k].Footprint) ? 1 : 0;
        }

        same.Should().BeLessThan(a.Buildings.Count / 10);
        a.Communities.Select(c => c.Name).Should().NotEqual(b.Communities.Select(c => c.Name));
        a.Info.Seed.Should().Be(1);
        b.Info.Seed.Should().Be(2);
    }

    [Fact]
    public void Synthesize_ScalesTheOutline_SoDensityStaysRealistic_ForLargerCounts()
    {
        var options = new SynthesisOptions(BuildingCount: 60_000);
        options.OutlineScale.Should().BeApproximately(Math.Sqrt(1.2), 1e-12);
        options.TargetResidents.Should().Be((int)Math.Round(1_819_037 * 1.2));
        DistrictModel m = DistrictSynthesizer.Synthesize(options);

        m.Buildings.Should().HaveCount(60_000);
        m.Boundary.Geometry.Area.Should().BeApproximately(fixture.Model.Boundary.Geometry.Area * 1.2, fixture.Model.Boundary.Geometry.Area * 0.006);
        m.Boundary.Geometry.Centroid.Distance(fixture.Model.Boundary.Geometry.Centroid).Should().BeLessThan(1e-6);
        long residents = m.Buildings.Sum(b => (long)b.OccupantsNight);
        residents.Should().BeCloseTo(options.TargetResidents, (ulong)(options.TargetResidents * 0.02));
        m.Streets.Should().HaveCount(18);
        m.Communities.Should().HaveCount(265);
        IPreparedGeometry outline = PreparedGeometryFactory.Prepare(m.Boundary.Geometry);
        for (int k = 0; k < m.Buildings.Count; k += 97)
        {
            outline.Covers(m.Buildings[k].Footprint).Should().BeTrue(m.Buildings[k].Id);
        }
    }

    [Fact]
    public void OutlineScale_IsOne_AtOrBelowTheReferenceCount_OrWhenDisabled()
    {
        new SynthesisOptions(BuildingCount: 50_000).OutlineScale.Should().Be(1.0);
        new SynthesisOptions(BuildingCount: 1_000_000).OutlineScale.Should().BeApproximately(Math.Sqrt(20), 1e-12);
        new SynthesisOptions(BuildingCount: 1_000_000, ScaleOutline: false).OutlineScale.Should().Be(1.0);
        new SynthesisOptions(BuildingCount: 1_000_000).TargetResidents.Should().Be(36_380_740);
    }

    [Fact]
    public void Synthesize_UsesGenericNames_ForAnotherOutline()
    {
        Polygon square = Square(113.0, 22.5, 0.06);
        DistrictModel m = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 3_000, Seed: 5, Outline: square));
        m.Buildings.Should().HaveCount(3_000);
        m.Info.Code.Should().BeEmpty();
        m.Info.Source.Should().Be("synthetic");
        m.Streets.Should().HaveCount(18).And.OnlyContain(s => s.Name.EndsWith("街道", StringComparison.Ordinal));
        m.Communities.Should().HaveCount(265);
        m.Shelters.Should().NotContain(s => s.Name == "晓港公园");
        m.Roads.Should().NotContain(r => r.Structure != RoadStructure.None);
        IPreparedGeometry outline = PreparedGeometryFactory.Prepare(square);
        m.Buildings.Should().OnlyContain(b => outline.Covers(b.Footprint));
    }

    [Fact]
    public void Synthesize_Refuses_WhenTheOutlineCannotHoldTheBuildings()
    {
        var tiny = new SynthesisOptions(BuildingCount: 2_000, Outline: Square(113.0, 22.5, 0.01));
        FluentActions.Invoking(() => DistrictSynthesizer.Synthesize(tiny))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*outline covers only*");
        var crowded = new SynthesisOptions(BuildingCount: 200_000, Outline: Square(113.0, 22.5, 0.05), ScaleOutline: false);
        FluentActions.Invoking(() => DistrictSynthesizer.Synthesize(crowded))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*outline holds about*");
        FluentActions.Invoking(() => DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 10)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Synthesize_ReportsProgress_UpToDone()
    {
        var reports = new List<OperationProgress>();
        DistrictSynthesizer.Synthesize(
            new SynthesisOptions(BuildingCount: 2_000, Outline: Square(113.0, 22.5, 0.05)), new ListProgress(reports));
        reports.Should().NotBeEmpty();
        reports[^1].Stage.Should().Be("done");
        reports[^1].Fraction.Should().BeApproximately(1.0, 1e-12);
    }

    private static Polygon Square(double lon, double lat, double size) => DistrictGeometry.Factory.CreatePolygon(
    [
        new Coordinate(lon, lat), new Coordinate(lon + size, lat), new Coordinate(lon + size, lat + size),
        new Coordinate(lon, lat + size), new Coordinate(lon, lat),
    ]);

    private static void AssertSame(DistrictModel a, DistrictModel b)
    {
        a.Info.Should().Be(b.Info);
        a.Buildings.Should().HaveCount(b.Buildings.Count);
        for (int k = 0; k < a.Buildings.Count; k++)
        {
            Building x = a.Buildings[k], y = b.Buildings[k];
            x.Footprint.EqualsExact(y.Footprint).Should().BeTrue(x.Id);
            (x with { Footprint = y.Footprint }).Should().Be(y, "all attributes must match");
        }

        a.Roads.Should().HaveCount(b.Roads.Count);
        for (int k = 0; k < a.Roads.Count; k++)
        {
            a.Roads[k].Geometry.EqualsExact(b.Roads[k].Geometry).Should().BeTrue();
            (a.Roads[k] with { Geometry = b.Roads[k].Geometry }).Should().Be(b.Roads[k]);
        }

        a.Communities.Select(c => (c.Code, c.Name, c.NameEn, c.StreetCode)).Should().Equal(b.Communities.Select(c => (c.Code, c.Name, c.NameEn, c.StreetCode)));
        for (int k = 0; k < a.Communities.Count; k++)
        {
            a.Communities[k].Geometry.EqualsExact(b.Communities[k].Geometry).Should().BeTrue(a.Communities[k].Name);
        }

        a.Shelters.Select(s => (s.Id, s.Name, s.UsableAreaM2, s.CapacityPersons)).Should().Equal(b.Shelters.Select(s => (s.Id, s.Name, s.UsableAreaM2, s.CapacityPersons)));
        a.AssemblyPoints.Select(p => (p.Id, p.Location.X, p.Location.Y)).Should().Equal(b.AssemblyPoints.Select(p => (p.Id, p.Location.X, p.Location.Y)));
    }

    private sealed class ListProgress(List<OperationProgress> list) : IProgress<OperationProgress>
    {
        public void Report(OperationProgress value) => list.Add(value);
    }
}
