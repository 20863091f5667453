using NetTopologySuite.Geometries;
using Seismic.Engine.District;

namespace Seismic.GeoData.Tests.Fixtures;

/// <summary>Field-by-field comparison of two district models.</summary>
public static class ModelAssert
{
    /// <summary>
    /// Asserts every record field is equal and every geometry has the same type and coordinates within
    /// <paramref name="tolerance"/> degrees (0 = bit-exact), with SRID 4326.
    /// </summary>
    public static void Equivalent(DistrictModel expected, DistrictModel actual, double tolerance)
    {
        actual.Info.Should().Be(expected.Info);
        actual.Boundary.Name.Should().Be(expected.Boundary.Name);
        Geometry(expected.Boundary.Geometry, actual.Boundary.Geometry, tolerance, "boundary");

        Layer(expected.Streets, actual.Streets, tolerance, s => s.Geometry, s => s with { Geometry = Empty });
        Layer(expected.Communities, actual.Communities, tolerance, c => c.Geometry, c => c with { Geometry = Empty });
        Layer(expected.Roads, actual.Roads, tolerance, r => r.Geometry, r => r with { Geometry = EmptyLine });
        Layer(expected.Buildings, actual.Buildings, tolerance, b => b.Footprint, b => b with { Footprint = Empty });
        Layer(expected.AssemblyPoints, actual.AssemblyPoints, tolerance, a => a.Location, a => a with { Location = EmptyPoint });
        Layer(expected.Shelters, actual.Shelters, tolerance, s => s.Geometry,
            s => s with { Geometry = Empty, Entrances = [] });
        for (var i = 0; i < expected.Shelters.Count; i++)
        {
            var e = expected.Shelters[i].Entrances;
            var a = actual.Shelters[i].Entrances;
            a.Should().HaveCount(e.Count, "shelter {0} keeps its entrances", expected.Shelters[i].Id);
            for (var j = 0; j < e.Count; j++)
            {
                Geometry(e[j], a[j], tolerance, $"shelter {expected.Shelters[i].Id} entrance {j}");
            }
        }
    }

    private static readonly Geometry Empty = DistrictGeometry.Factory.CreatePolygon();
    private static readonly LineString EmptyLine = DistrictGeometry.Factory.CreateLineString();
    private static readonly Point EmptyPoint = DistrictGeometry.Factory.CreatePoint();

    private static void Layer<T>(
        IReadOnlyList<T> expected, IReadOnlyList<T> actual, double tolerance, Func<T, Geometry> geometry, Func<T, T> withoutGeometry)
    {
        actual.Should().HaveCount(expected.Count, "layer of {0}", typeof(T).Name);
        for (var i = 0; i < expected.Count; i++)
        {
            withoutGeometry(actual[i]).Should().Be(withoutGeometry(expected[i]), "{0} {1} attributes round-trip", typeof(T).Name, i);
            Geometry(geometry(expected[i]), geometry(actual[i]), tolerance, $"{typeof(T).Name} {i}");
        }
    }

    private static void Geometry(Geometry expected, Geometry actual, double tolerance, string what)
    {
        actual.SRID.Should().Be(DistrictGeometry.Wgs84Srid, "{0} is WGS84", what);
        actual.GeometryType.Should().Be(expected.GeometryType, "{0} keeps its type", what);
        actual.EqualsExact(expected, tolerance).Should().BeTrue("{0}: {1} should equal {2} within {3}", what, actual, expected, tolerance);
    }
}
