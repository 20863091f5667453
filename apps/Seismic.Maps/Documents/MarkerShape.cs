namespace Seismic.Maps.Documents;

/// <summary>Shape of a point marker.</summary>
public enum MarkerShape
{
    /// <summary>A filled circle.</summary>
    Circle,
    /// <summary>A filled square.</summary>
    Square,
    /// <summary>An upward triangle.</summary>
    Triangle,
    /// <summary>A diamond (square turned 45°).</summary>
    Diamond,
}
