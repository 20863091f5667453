using Seismic.Engine.District;

namespace Seismic.Engine.Buildings;

/// <summary>The survey CSV spellings of <see cref="StructureType"/> (MISSION.md survey format), Chinese aliases too.</summary>
internal static class StructureTypeNames
{
    private static readonly Dictionary<string, StructureType> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["masonry"] = StructureType.Masonry,
        ["砖混"] = StructureType.Masonry,
        ["confined_masonry"] = StructureType.ConfinedMasonry,
        ["约束砌体"] = StructureType.ConfinedMasonry,
        ["rc_frame"] = StructureType.RcFrame,
        ["框架"] = StructureType.RcFrame,
        ["frame_shear_wall"] = StructureType.FrameShearWall,
        ["框剪"] = StructureType.FrameShearWall,
        ["shear_wall"] = StructureType.ShearWall,
        ["剪力墙"] = StructureType.ShearWall,
        ["steel"] = StructureType.Steel,
        ["钢结构"] = StructureType.Steel,
        ["timber"] = StructureType.Timber,
        ["木结构"] = StructureType.Timber,
        ["adobe_stone"] = StructureType.AdobeStone,
        ["土木"] = StructureType.AdobeStone,
        ["石结构"] = StructureType.AdobeStone,
        ["other"] = StructureType.Other,
        ["其他"] = StructureType.Other,
    };

    public const string Expected =
        "masonry | confined_masonry | rc_frame | frame_shear_wall | shear_wall | steel | timber | adobe_stone | other";

    public static bool TryParse(string text, out StructureType type) => Names.TryGetValue(text.Trim(), out type);
}
