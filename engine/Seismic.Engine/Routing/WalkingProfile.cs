using Seismic.Engine.District;

namespace Seismic.Engine.Routing;

/// <summary>
/// How fast people walk: a free speed on level ground and a slowdown factor for steps. Walking time of an edge =
/// length × <see cref="ClassFactor"/> ÷ <see cref="SpeedMps"/>.
/// </summary>
/// <param name="Name">Short name shown in reports, e.g. "default", "elderly".</param>
/// <param name="SpeedMps">Walking speed on level ground in m/s, in (0, 10].</param>
/// <param name="StepsFactor">Time multiplier on steps (highway=steps), in [1, 10]: 2 means half speed.</param>
public sealed record WalkingProfile(string Name, double SpeedMps, double StepsFactor)
{
    /// <summary>
    /// Planning walking speed in m/s: 1.1, the common conservative evacuation value (free walking speed is about
    /// 1.34 m/s, the MATSim evacuation default; shared/reference/haizhu/FACTS.md).
    /// </summary>
    public const double DefaultSpeedMps = 1.1;

    /// <summary>Walking speed of elderly or disabled evacuees in m/s: 0.8.</summary>
    public const double ElderlySpeedMps = 0.8;

    /// <summary>Time multiplier on steps: 2, from "stairs down ×0.5 speed" (shared/reference/haizhu/FACTS.md).</summary>
    public const double DefaultStepsFactor = 2.0;

    /// <summary>Default profile: 1.1 m/s, steps at half speed.</summary>
    public static WalkingProfile Default { get; } = new("default", DefaultSpeedMps, DefaultStepsFactor);

    /// <summary>Elderly/disabled profile: 0.8 m/s, steps at half speed.</summary>
    public static WalkingProfile Elderly { get; } = new("elderly", ElderlySpeedMps, DefaultStepsFactor);

    /// <summary>Walking speed on level ground in m/s.</summary>
    public double SpeedMps { get; } = SpeedMps is > 0 and <= 10
        ? SpeedMps
        : throw new ArgumentOutOfRangeException(nameof(SpeedMps), SpeedMps, "walking speed must be in (0, 10] m/s");

    /// <summary>Time multiplier on steps.</summary>
    public double StepsFactor { get; } = StepsFactor is >= 1 and <= 10
        ? StepsFactor
        : throw new ArgumentOutOfRangeException(nameof(StepsFactor), StepsFactor, "steps factor must be in [1, 10]");

    /// <summary>
    /// Time multiplier of a road class relative to level walking: <see cref="StepsFactor"/> for steps, 1 otherwise.
    /// Never below 1, which keeps the straight-line A* bound admissible.
    /// </summary>
    /// <param name="roadClass">The class of the road.</param>
    public double ClassFactor(RoadClass roadClass) => roadClass == RoadClass.Steps ? StepsFactor : 1.0;
}
