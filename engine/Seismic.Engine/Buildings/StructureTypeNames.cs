using System.Collections.Frozen;
using Seismic.Engine.District;

namespace Seismic.Engine.Buildings;

/// <summary>
/// The one list of words for a <see cref="StructureType"/>: the English snake_case names of the survey CSV
/// (MISSION.md, "The survey CSV") and the Chinese names a survey form (建(构)筑物抗震性能普查) or a reference table uses.
/// The survey readers and the engine's reference tables (taxonomy, retrofit cost) all parse through it, so a word
/// accepted in one place is accepted, with the same meaning, everywhere.
/// </summary>
/// <remarks>
/// Matching ignores case and surrounding white space. Besides one Chinese name per type, the everyday variants of
/// survey forms are accepted (砖混结构, 砌体, 框架结构, 框架-剪力墙, 钢, 木, 生土, 其它 …); 底框, the bottom-frame masonry
/// building (底部框架-抗震墙砌体房屋, GB 50011-2010 chapter 7), is recorded as confined masonry.
/// </remarks>
public static class StructureTypeNames
{
    /// <summary>The English names in declaration order, as an error message lists the choices.</summary>
    public const string Expected =
        "masonry | confined_masonry | rc_frame | frame_shear_wall | shear_wall | steel | timber | adobe_stone | other";

    private static readonly FrozenDictionary<string, StructureType> Names = new Dictionary<string, StructureType>(StringComparer.OrdinalIgnoreCase)
    {
        ["masonry"] = StructureType.Masonry,
        ["砖混"] = StructureType.Masonry,
        ["砖混结构"] = StructureType.Masonry,
        ["砌体"] = StructureType.Masonry,
        ["confined_masonry"] = StructureType.ConfinedMasonry,
        ["约束砌体"] = StructureType.ConfinedMasonry,
        ["底框"] = StructureType.ConfinedMasonry,
        ["rc_frame"] = StructureType.RcFrame,
        ["框架"] = StructureType.RcFrame,
        ["框架结构"] = StructureType.RcFrame,
        ["frame_shear_wall"] = StructureType.FrameShearWall,
        ["框剪"] = StructureType.FrameShearWall,
        ["框架-剪力墙"] = StructureType.FrameShearWall,
        ["框架剪力墙"] = StructureType.FrameShearWall,
        ["shear_wall"] = StructureType.ShearWall,
        ["剪力墙"] = StructureType.ShearWall,
        ["剪力墙结构"] = StructureType.ShearWall,
        ["steel"] = StructureType.Steel,
        ["钢结构"] = StructureType.Steel,
        ["钢"] = StructureType.Steel,
        ["timber"] = StructureType.Timber,
        ["木结构"] = StructureType.Timber,
        ["木"] = StructureType.Timber,
        ["adobe_stone"] = StructureType.AdobeStone,
        ["土木"] = StructureType.AdobeStone,
        ["石结构"] = StructureType.AdobeStone,
        ["生土"] = StructureType.AdobeStone,
        ["other"] = StructureType.Other,
        ["其他"] = StructureType.Other,
        ["其它"] = StructureType.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every accepted word (English and Chinese) with the structure type it names.</summary>
    public static IReadOnlyDictionary<string, StructureType> All => Names;

    /// <summary>Parses an English or Chinese structure-type word.</summary>
    /// <param name="text">A word such as <c>rc_frame</c> or <c>框架</c>; case and surrounding white space are ignored.</param>
    /// <param name="type">The structure type when recognised, otherwise <see cref="StructureType.Masonry"/> (the default).</param>
    /// <returns>True when <paramref name="text"/> names a structure type.</returns>
    public static bool TryParse(string? text, out StructureType type)
    {
        if (text is not null && Names.TryGetValue(text.Trim(), out type))
        {
            return true;
        }

        type = default;
        return false;
    }
}
