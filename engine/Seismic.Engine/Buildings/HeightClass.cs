namespace Seismic.Engine.Buildings;

/// <summary>HAZUS height class of a model building type.</summary>
public enum HeightClass
{
    /// <summary>The type has no height classes (W1, W2, S3, PC1).</summary>
    None,
    /// <summary>Low-rise (L): 1–3 storeys (URM: 1–2).</summary>
    Low,
    /// <summary>Mid-rise (M): 4–7 storeys (URM: 3 and more).</summary>
    Mid,
    /// <summary>High-rise (H): 8 storeys and more.</summary>
    High,
}
