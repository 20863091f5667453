namespace Seismic.GeoData.Synthesis;

/// <summary>What occupies a block of the grid.</summary>
internal enum Zone : byte
{
    /// <summary>Outside the district.</summary>
    None,
    /// <summary>Ordinary urban housing estates with some shops, offices and clinics.</summary>
    Urban,
    /// <summary>Urban village (城中村): handshake buildings along narrow alleys.</summary>
    Village,
    /// <summary>Factories and warehouses.</summary>
    Industrial,
    /// <summary>Office cluster (e.g. the Pazhou exhibition and business area).</summary>
    Office,
    /// <summary>University campus with teaching buildings and sports grounds.</summary>
    Campus,
    /// <summary>A named open space (park, campus ground): no buildings.</summary>
    Site,
    /// <summary>Orchard, wetland, vacant or building-site land: no buildings.</summary>
    Green,
}
