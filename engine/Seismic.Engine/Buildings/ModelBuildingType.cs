namespace Seismic.Engine.Buildings;

/// <summary>A HAZUS model building type with its height class, e.g. C1 + Mid = "C1M".</summary>
/// <param name="BaseType">The HAZUS structural type without height letter: W1, W2, S1–S5, C1–C3, PC1, PC2, RM1, RM2, URM.</param>
/// <param name="Height">The height class; <see cref="HeightClass.None"/> for types without one.</param>
public readonly record struct ModelBuildingType(string BaseType, HeightClass Height)
{
    /// <summary>The HAZUS label, e.g. "C1M", "URML", "W1".</summary>
    public string Code => Height switch
    {
        HeightClass.Low => BaseType + "L",
        HeightClass.Mid => BaseType + "M",
        HeightClass.High => BaseType + "H",
        _ => BaseType,
    };

    /// <summary>Parses a HAZUS label ("C1M", "URML", "W1", "S3").</summary>
    /// <param name="code">The label.</param>
    /// <returns>The type; a trailing L/M/H is the height class.</returns>
    public static ModelBuildingType Parse(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var last = code[^1];
        // Every HAZUS base type ends in a digit or "URM"'s M: only a letter after that is a height class.
        if (code.Length > 1 && (char.IsDigit(code[^2]) || code.StartsWith("URM", StringComparison.Ordinal) && code.Length == 4))
        {
            var height = last switch
            {
                'L' => HeightClass.Low,
                'M' => HeightClass.Mid,
                'H' => HeightClass.High,
                _ => HeightClass.None,
            };
            if (height != HeightClass.None)
            {
                return new ModelBuildingType(code[..^1], height);
            }
        }

        return new ModelBuildingType(code, HeightClass.None);
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}
