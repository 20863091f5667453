using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.GeoPackage;

public class GeoPackageBlobReaderTests
{
    private readonly GeoPackageBlobReader _reader = new();

    [Fact]
    public void Read_AcceptsBlobWithoutEnvelope()
    {
        var point = DistrictGeometry.Factory.CreatePoint(new Coordinate(113.3255, 23.0855));
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false).Write(point);
        byte[] header = [(byte)'G', (byte)'P', 0, 0x01, 0xE6, 0x10, 0, 0]; // little endian, no envelope, srs 4326

        var read = _reader.Read([.. header, .. wkb]);

        read.Should().BeOfType<Point>();
        read.EqualsExact(point).Should().BeTrue();
        read.SRID.Should().Be(4326);
    }

    [Fact]
    public void Read_DropsZAndM_FromBlobsOfOtherWriters()
    {
        // The package's writer by default emits XYZM envelopes and WKB; district geometries are 2D.
        var polygon = SampleDistrict.Rect(113.30, 23.08, 113.31, 23.09);
        var blob = new GeoPackageGeoWriter().Write(polygon);

        var read = _reader.Read(blob);

        read.EqualsExact(polygon).Should().BeTrue();
        read.SRID.Should().Be(4326);
        double.IsNaN(read.Coordinates[0].Z).Should().BeTrue("Z is not kept");
    }

    [Theory]
    [InlineData(new byte[] { 0x47, 0x50 })]
    [InlineData(new byte[] { 0x57, 0x4B, 0x42, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01 })]
    [InlineData(new byte[] { 0x47, 0x50, 0x01, 0x01, 0xE6, 0x10, 0x00, 0x00, 0x01 })]
    [InlineData(new byte[] { 0x47, 0x50, 0x00, 0x0E, 0xE6, 0x10, 0x00, 0x00, 0x01 })]
    [InlineData(new byte[] { 0x47, 0x50, 0x00, 0x03, 0xE6, 0x10, 0x00, 0x00, 0x01 })]
    public void Read_Rejects_MalformedHeaders(byte[] blob)
    {
        var act = () => _reader.Read(blob);

        act.Should().Throw<FormatException>();
    }
}
