using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>How a building was laid out; also recorded as the building's SourceType.</summary>
internal enum LayoutKind : byte
{
    Slab,
    Frame,
    FrameShear,
    Tower,
    Industrial,
    Office,
    Campus,
    School,
    Hospital,
    Handshake,
}

/// <summary>A candidate building: an axis-aligned rectangle in local metres with its attributes.</summary>
internal struct Plot
{
    public double X0;
    public double Y0;
    public double X1;
    public double Y1;
    public int Cell;
    public int FrontRoad;
    public short Storeys;
    public short Year;
    public byte Basements;
    public StructureType Structure;
    public BuildingUse Use;
    public LayoutKind Kind;

    public readonly double FootprintM2 => (X1 - X0) * (Y1 - Y0);
}

/// <summary>An open space cut out of a block for a school sports ground or a square.</summary>
internal readonly record struct OpenSpace(int Cell, double X0, double Y0, double X1, double Y1, bool School);

/// <summary>A village alley in local metres; endpoints on the block's bounding roads when inside the outline.</summary>
internal readonly record struct AlleySegment(double X0, double Y, double X1, double WidthM, string Name);
