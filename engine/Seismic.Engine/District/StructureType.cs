namespace Seismic.Engine.District;

/// <summary>Structural system of a building, as recorded by the survey (结构类型).</summary>
public enum StructureType
{
    /// <summary>Unreinforced brick masonry with concrete floors (砖混).</summary>
    Masonry,
    /// <summary>Confined masonry with ring beams and tie columns (约束砌体).</summary>
    ConfinedMasonry,
    /// <summary>Reinforced-concrete moment frame (框架).</summary>
    RcFrame,
    /// <summary>Reinforced-concrete frame with shear walls (框剪).</summary>
    FrameShearWall,
    /// <summary>Reinforced-concrete shear wall (剪力墙).</summary>
    ShearWall,
    /// <summary>Steel frame (钢结构).</summary>
    Steel,
    /// <summary>Timber (木结构).</summary>
    Timber,
    /// <summary>Adobe, rammed earth or stone (土木/石结构).</summary>
    AdobeStone,
    /// <summary>Anything else, or not recorded.</summary>
    Other,
}
