using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>Building attributes by layout kind and era.</summary>
internal sealed partial class PlotLayout
{
    /// <summary>
    /// Building form by era, following the history of Guangzhou housing: brick-concrete walk-ups (砖混) before 1989
    /// with some RC frames; confined masonry after the 1989 code (GBJ 11-89) and more frames in the 1990s; frame,
    /// frame–shear wall and shear-wall estates in 2001–2010; shear-wall and frame–shear-wall high-rise after 2010.
    /// </summary>
    private static LayoutKind PickKind(Zone zone, byte era, ref SynthRandom rng)
    {
        switch (zone)
        {
            case Zone.Industrial:
                return LayoutKind.Industrial;
            case Zone.Office:
                return rng.Chance(0.75) ? LayoutKind.Office : LayoutKind.Tower;
            case Zone.Campus:
                return LayoutKind.Campus;
        }

        return era switch
        {
            0 => rng.Chance(0.78) ? LayoutKind.Slab : LayoutKind.Frame,
            1 => rng.Chance(0.62) ? LayoutKind.Slab : LayoutKind.Frame,
            2 => (LayoutKind)rng.Pick([0.25, 0.55, 0.12, 0.08]),
            _ => (LayoutKind)rng.Pick([0, 0.3, 0.3, 0.4]),
        };
    }

    private void Add(int c, double x0, double y0, double x1, double y1, LayoutKind kind, byte era, int front, ref SynthRandom rng)
    {
        var p = new Plot { X0 = x0, Y0 = y0, X1 = x1, Y1 = y1, Cell = c, FrontRoad = front, Kind = kind };
        p.Year = (short)(era switch
        {
            0 => rng.Int(1958, 1988),
            1 => rng.Int(1989, 2000),
            2 => rng.Int(2001, 2010),
            _ => rng.Int(2011, 2023),
        });
        p.Use = BuildingUse.Residential;
        switch (kind)
        {
            case LayoutKind.Slab:
                // Before 1989 walk-ups are unreinforced brick; in the 1990s about half have ring beams and tie columns.
                p.Structure = era == 0 || rng.Chance(0.5) ? StructureType.Masonry : StructureType.ConfinedMasonry;
                p.Storeys = (short)(era == 0 ? rng.Pick([0.08, 0.15, 0.27, 0.25, 0.15, 0.1]) + 2 : rng.Int(4, 6));
                p.Use = rng.Chance(0.03) ? BuildingUse.Other : BuildingUse.Residential;
                break;
            case LayoutKind.Frame:
                p.Structure = StructureType.RcFrame;
                p.Storeys = (short)(era == 0 ? rng.Int(3, 6) : era == 1 ? rng.Int(3, 7) : rng.Int(4, 9));
                p.Use = front >= 0 && rng.Chance(0.5) ? BuildingUse.Retail
                    : rng.Chance(0.08) ? BuildingUse.Retail
                    : rng.Chance(0.05) ? BuildingUse.Office
                    : BuildingUse.Residential;
                break;
            case LayoutKind.FrameShear:
                // High-rise estates in Guangzhou date from the 1990s on, whatever the block's era.
                p.Year = Math.Max(p.Year, (short)1995);
                p.Structure = StructureType.FrameShearWall;
                p.Storeys = (short)rng.Int(10, 24);
                p.Basements = (byte)rng.Int(1, 2);
                p.Use = rng.Chance(0.1) ? BuildingUse.Office : BuildingUse.Residential;
                break;
            case LayoutKind.Tower:
                p.Year = Math.Max(p.Year, (short)1998);
                p.Structure = StructureType.ShearWall;
                p.Storeys = (short)(era <= 2 ? rng.Int(12, 28) : rng.Int(18, 34));
                p.Basements = (byte)rng.Int(1, 2);
                break;
            case LayoutKind.Industrial:
                bool steel = rng.Chance(0.4);
                p.Structure = steel ? StructureType.Steel : StructureType.RcFrame;
                p.Storeys = (short)(steel ? rng.Int(1, 2) : rng.Int(2, 4));
                p.Use = BuildingUse.Industrial;
                break;
            case LayoutKind.Office:
                p.Structure = rng.Chance(0.7) ? StructureType.FrameShearWall : StructureType.ShearWall;
                p.Storeys = (short)rng.Int(15, 40);
                p.Basements = (byte)rng.Int(2, 3);
                p.Year = (short)Math.Max(p.Year, (short)2003);
                p.Use = BuildingUse.Office;
                break;
            case LayoutKind.Campus:
                p.Structure = rng.Chance(0.7) ? StructureType.RcFrame : StructureType.FrameShearWall;
                p.Storeys = (short)(p.Structure == StructureType.RcFrame ? rng.Int(4, 8) : rng.Int(10, 18));
                p.Use = BuildingUse.School;
                break;
            case LayoutKind.School:
                p.Structure = StructureType.RcFrame;
                p.Storeys = (short)rng.Int(3, 5);
                p.Use = BuildingUse.School;
                break;
            case LayoutKind.Handshake:
                // Self-built village houses of the 1990s–2000s: RC frame or brick, 5–8 storeys.
                p.Structure = (StructureType)rng.Pick([0.35, 0.2, 0.45]);
                p.Storeys = (short)rng.Int(5, 8);
                p.Year = (short)rng.Int(1986, 2012);
                break;
        }

        Plots.Add(p);
    }

    /// <summary>Footprint sizes and spacing in metres for each building form.</summary>
    private readonly record struct Dims(
        double LengthMin, double LengthMax, double DepthMin, double DepthMax,
        double GapAlongMin, double GapAlongMax, double GapRowMin, double GapRowMax)
    {
        public static Dims Of(LayoutKind kind) => kind switch
        {
            LayoutKind.Slab => new(14, 28, 9, 12, 4, 8, 8, 12),
            LayoutKind.Frame => new(14, 28, 11, 16, 5, 9, 8, 14),
            LayoutKind.FrameShear => new(20, 32, 15, 20, 15, 25, 20, 30),
            LayoutKind.Tower => new(18, 26, 15, 20, 15, 25, 25, 40),
            LayoutKind.Industrial => new(40, 90, 25, 50, 10, 15, 12, 20),
            LayoutKind.Office => new(30, 45, 25, 35, 25, 40, 25, 40),
            LayoutKind.Campus => new(30, 60, 15, 25, 25, 40, 25, 40),
            _ => new(40, 60, 14, 18, 10, 15, 10, 15),
        };
    }
}
