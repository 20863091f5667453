namespace Seismic.Engine.Common;

/// <summary>Progress of a long operation, reported through <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">What is being done, e.g. "reading nodes".</param>
/// <param name="Done">Units done so far.</param>
/// <param name="Total">Units in all, or 0 when unknown.</param>
public readonly record struct OperationProgress(string Stage, long Done, long Total)
{
    /// <summary>Fraction done in [0, 1], or NaN when the total is unknown.</summary>
    public double Fraction => Total > 0 ? Math.Clamp((double)Done / Total, 0, 1) : double.NaN;
}
