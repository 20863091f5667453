namespace Seismic.Engine.District;

/// <summary>Main use of a building (用途).</summary>
public enum BuildingUse
{
    /// <summary>Housing.</summary>
    Residential,
    /// <summary>School or kindergarten (GB 50223 key category).</summary>
    School,
    /// <summary>Hospital or clinic (GB 50223 key category).</summary>
    Hospital,
    /// <summary>Office.</summary>
    Office,
    /// <summary>Shops, markets, restaurants.</summary>
    Retail,
    /// <summary>Factory or warehouse.</summary>
    Industrial,
    /// <summary>Anything else.</summary>
    Other,
}
