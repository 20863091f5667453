using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Seismic.Engine.District;

namespace Seismic.GeoData.Tests.Synthesis;

[Collection(HaizhuModelGroup.Name)]
public sealed class HaizhuBuildingTests(HaizhuModelFixture fixture)
{
    private const int CensusResidents = 1_819_037;

    private readonly DistrictModel _m = fixture.Model;

    [Fact]
    public void Buildings_NumberAbout50000_AndResidentsMatchTheCensusWithinTwoPercent()
    {
        _m.Buildings.Count.Should().BeInRange(40_000, 60_000);
        long residents = _m.Buildings.Sum(b => (long)b.OccupantsNight);
        residents.Should().BeCloseTo(CensusResidents, (ulong)(CensusResidents * 0.02));
        _m.Buildings.Select(b => b.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Buildings_LieInsideTheOutlineAndInsideTheirCommunity()
    {
        IPreparedGeometry outline = PreparedGeometryFactory.Prepare(_m.Boundary.Geometry);
        var communities = _m.Communities.ToDictionary(c => c.Code, c => (Prepared: PreparedGeometryFactory.Prepare(c.Geometry), c.StreetCode));
        foreach (Building b in _m.Buildings)
        {
            outline.Covers(b.Footprint).Should().BeTrue(b.Id);
            communities.Should().ContainKey(b.CommunityCode);
            (IPreparedGeometry prepared, string street) = communities[b.CommunityCode];
            prepared.Covers(b.Footprint).Should().BeTrue($"{b.Id} should lie in {b.CommunityCode}");
            b.StreetCode.Should().Be(street);
        }
    }

    [Fact]
    public void Buildings_DoNotOverlapEachOther()
    {
        // Footprints are axis-aligned rectangles, so envelope overlap is exact overlap.
        var tree = new STRtree<Building>();
        foreach (Building b in _m.Buildings)
        {
            tree.Insert(b.Footprint.EnvelopeInternal, b);
        }

        const double tol = 1e-9;
        foreach (Building b in _m.Buildings)
        {
            Envelope e = b.Footprint.EnvelopeInternal;
            foreach (Building o in tree.Query(e))
            {
                if (ReferenceEquals(o, b))
                {
                    continue;
                }

                Envelope f = o.Footprint.EnvelopeInternal;
                bool overlap = Math.Min(e.MaxX, f.MaxX) - Math.Max(e.MinX, f.MinX) > tol
                    && Math.Min(e.MaxY, f.MaxY) - Math.Max(e.MinY, f.MinY) > tol;
                overlap.Should().BeFalse($"{b.Id} overlaps {o.Id}");
            }
        }
    }

    [Fact]
    public void Buildings_KeepOffTheCarriagewayOfAtGradeRoads()
    {
        var tree = new STRtree<Building>();
        foreach (Building b in _m.Buildings)
        {
            tree.Insert(b.Footprint.EnvelopeInternal, b);
        }

        (double mLon, double mLat) = HaizhuModelFixture.MetresPerDegree;
        foreach (Road r in _m.Roads.Where(r => r.Structure == RoadStructure.None))
        {
            // Corridor of half the road width either side of the (axis-aligned) centre line, shrunk by 1 cm; it
            // does not extend past the segment's ends, where a narrower road may continue.
            Envelope env = r.Geometry.EnvelopeInternal;
            bool northSouth = env.Width < env.Height;
            double hx = northSouth ? (r.WidthM / 2 - 0.01) / mLon : 0, hy = northSouth ? 0 : (r.WidthM / 2 - 0.01) / mLat;
            var corridor = new Envelope(env.MinX - hx, env.MaxX + hx, env.MinY - hy, env.MaxY + hy);
            foreach (Building b in tree.Query(corridor))
            {
                Envelope f = b.Footprint.EnvelopeInternal;
                bool overlap = Math.Min(corridor.MaxX, f.MaxX) > Math.Max(corridor.MinX, f.MinX)
                    && Math.Min(corridor.MaxY, f.MaxY) > Math.Max(corridor.MinY, f.MinY);
                overlap.Should().BeFalse($"{b.Id} stands on road {r.Id} ({r.Class} {r.Name})");
            }
        }
    }

    [Fact]
    public void StructureTypes_FollowTheDocumentedBands()
    {
        // Bands documented in geodata/haizhu/README.md.
        double n = _m.Buildings.Count;
        double Share(params StructureType[] types) => _m.Buildings.Count(b => types.Contains(b.StructureType)) / n;
        Share(StructureType.Masonry, StructureType.ConfinedMasonry).Should().BeInRange(0.40, 0.65);
        Share(StructureType.RcFrame).Should().BeInRange(0.25, 0.45);
        Share(StructureType.FrameShearWall, StructureType.ShearWall).Should().BeInRange(0.03, 0.15);
        Share(StructureType.Steel).Should().BeInRange(0.001, 0.03);
    }

    [Fact]
    public void Era_ShapesTheStructureType()
    {
        var formal = _m.Buildings.Where(b => b.SourceType != "handshake").ToList();
        var pre1989 = formal.Where(b => b.YearBuilt < 1989).ToList();
        var after2010 = formal.Where(b => b.YearBuilt > 2010).ToList();
        pre1989.Count(b => b.StructureType == StructureType.Masonry).Should().BeGreaterThan(pre1989.Count * 6 / 10);
        pre1989.Should().NotContain(b => b.StructureType == StructureType.ShearWall || b.StructureType == StructureType.ConfinedMasonry);
        after2010.Where(b => b.Use == BuildingUse.Residential)
            .Count(b => b.StructureType is StructureType.ShearWall or StructureType.FrameShearWall or StructureType.RcFrame)
            .Should().Be(after2010.Count(b => b.Use == BuildingUse.Residential));
        after2010.Should().NotContain(b => b.StructureType == StructureType.Masonry);
        double n = _m.Buildings.Count;
        (_m.Buildings.Count(b => b.YearBuilt < 1989) / n).Should().BeInRange(0.15, 0.40);
        (_m.Buildings.Count(b => b.YearBuilt > 2010) / n).Should().BeInRange(0.03, 0.20);
    }

    [Fact]
    public void Storeys_HeightAndFloorArea_FollowTheBuildingForm()
    {
        foreach (Building b in _m.Buildings)
        {
            int s = b.Storeys!.Value;
            (int lo, int hi) = b.SourceType switch
            {
                "slab" => (2, 7),
                "handshake" => (5, 8),
                "frame" => (3, 12),
                "tower" => (12, 40),
                "frame_shear" => (10, 30),
                _ => (1, 40),
            };
            s.Should().BeInRange(lo, hi, $"{b.Id} is a {b.SourceType}");
            b.HeightM.Should().BeApproximately(s * 3.0, 1e-9);
            double footprintM2 = HaizhuModelFixture.AreaM2(b.Footprint);
            b.FloorAreaM2!.Value.Should().BeApproximately(footprintM2 * s, footprintM2 * s * 0.01 + 0.1);
        }
    }

    [Fact]
    public void UrbanVillages_HoldHandshakeBuildingsOneToThreeMetresApart()
    {
        var village = _m.Buildings.Where(b => b.SourceType == "handshake").ToList();
        village.Count.Should().BeGreaterThan(_m.Buildings.Count / 10);
        (double mLon, _) = HaizhuModelFixture.MetresPerDegree;
        var sorted = village.Select(b => b.Footprint.EnvelopeInternal).OrderBy(e => e.MinY).ThenBy(e => e.MinX).ToList();
        int pairs = 0;
        for (int k = 1; k < sorted.Count; k++)
        {
            if (sorted[k].MinY == sorted[k - 1].MinY)
            {
                double gapM = (sorted[k].MinX - sorted[k - 1].MaxX) * mLon;
                if (gapM < 5)
                {
                    gapM.Should().BeInRange(0.99, 3.01);
                    pairs++;
                }
            }
        }

        pairs.Should().BeGreaterThan(village.Count / 3);
    }

    [Fact]
    public void Occupants_FollowUse()
    {
        double n = _m.Buildings.Count;
        (_m.Buildings.Count(b => b.Use == BuildingUse.Residential) / n).Should().BeGreaterThan(0.8);
        foreach (BuildingUse use in new[] { BuildingUse.School, BuildingUse.Hospital, BuildingUse.Office, BuildingUse.Retail, BuildingUse.Industrial })
        {
            _m.Buildings.Should().Contain(b => b.Use == use);
        }

        _m.Buildings.Where(b => b.Use == BuildingUse.School).Should().OnlyContain(b => b.OccupantsNight == 0 && b.OccupantsDay > 0);
        _m.Buildings.Where(b => b.Use == BuildingUse.Office).Should().OnlyContain(b => b.OccupantsDay > b.OccupantsNight);
        _m.Buildings.Where(b => b.Use == BuildingUse.Residential && b.OccupantsNight > 10)
            .Should().OnlyContain(b => b.OccupantsDay < b.OccupantsNight);
        double resFloor = _m.Buildings.Where(b => b.Use == BuildingUse.Residential).Sum(b => b.FloorAreaM2!.Value);
        double residents = _m.Buildings.Where(b => b.Use == BuildingUse.Residential).Sum(b => (double)b.OccupantsNight);
        (resFloor / residents).Should().BeInRange(25, 40, "about 30 m² of floor area per resident (README)");
    }

    [Fact]
    public void Industry_LeansToTheSouthAndEast()
    {
        Point c = _m.Boundary.Geometry.Centroid;
        var industrial = _m.Buildings.Where(b => b.Use == BuildingUse.Industrial).ToList();
        industrial.Count(b => b.Footprint.Centroid.Y < c.Y || b.Footprint.Centroid.X > c.X)
            .Should().BeGreaterThan(industrial.Count * 7 / 10);
    }

    [Fact]
    public void Addresses_NameTheStreetAndCommunityOrARoad()
    {
        var streets = _m.Streets.ToDictionary(s => s.Code, s => s.Name);
        var communities = _m.Communities.ToDictionary(c => c.Code, c => c.Name);
        foreach (Building b in _m.Buildings)
        {
            b.Address.Should().EndWith("号");
            bool byCommunity = b.Address.StartsWith(streets[b.StreetCode] + " " + communities[b.CommunityCode] + " ", StringComparison.Ordinal);
            bool byRoad = !b.Address.Contains(' ', StringComparison.Ordinal);
            (byCommunity || byRoad).Should().BeTrue(b.Address);
        }

        _m.Buildings.Select(b => b.Address).Should().OnlyHaveUniqueItems();
    }
}
