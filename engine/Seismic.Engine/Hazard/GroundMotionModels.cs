using System.Diagnostics.CodeAnalysis;

namespace Seismic.Engine.Hazard;

/// <summary>The ground-motion models the engine provides, by their command-line names.</summary>
public static class GroundMotionModels
{
    private static readonly IGroundMotionModel[] All = [new BooreEtAl2014(), new YuEtAl2013Eastern(), new ChiouYoungs2014Wenchuan()];

    /// <summary>Every available model.</summary>
    public static IReadOnlyList<IGroundMotionModel> Available => All;

    /// <summary>Finds a model by name ("bssa14", "yu2013-eastern"), case-insensitively.</summary>
    /// <param name="name">The model name.</param>
    /// <param name="model">The model when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out IGroundMotionModel? model)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                model = candidate;
                return true;
            }
        }

        model = null;
        return false;
    }
}
