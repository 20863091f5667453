using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.Synthesis;

namespace Seismic.GeoData.Tests.Synthesis;

/// <summary>The default Haizhu sample, generated once for all tests of the collection.</summary>
public sealed class HaizhuModelFixture
{
    public HaizhuModelFixture()
    {
        Model = DistrictSynthesizer.Haizhu();
    }

    public DistrictModel Model { get; }

    /// <summary>Metres per degree at Haizhu's latitude, for converting small lon/lat differences in assertions.</summary>
    public static (double Lon, double Lat) MetresPerDegree { get; } = (111_320 * Math.Cos(23.09 * Math.PI / 180), 110_760);

    public static double AreaM2(Geometry g) => g.Area * MetresPerDegree.Lon * MetresPerDegree.Lat;
}

[CollectionDefinition(Name)]
public sealed class HaizhuModelGroup : ICollectionFixture<HaizhuModelFixture>
{
    public const string Name = "Haizhu synthetic model";
}
