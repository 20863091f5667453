namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// How many people a walkway passes and how finely time is cut, for evacuation with congestion. An edge's capacity is
/// <see cref="SpecificFlowPpsPerM"/> × its clear width (persons per second); the planner reserves it per time step of
/// <see cref="StepSeconds"/>.
/// </summary>
public sealed record PedestrianFlowOptions
{
    /// <summary>
    /// Maximum specific flow of a dense crowd: 1.3 persons per second per metre of effective width — the SFPE
    /// Handbook of Fire Protection Engineering's hydraulic model (Nelson and Mowrer; Gwynne and Rosenbaum, "Employing
    /// the hydraulic model in assessing emergency movement", maximum specific flow Fsm = 1.3 p/s/m for corridors,
    /// aisles, ramps and doorways), in line with Fruin's maximum walkway flow of about 25 persons per minute per foot
    /// of width (≈ 1.37 p/s/m) at level of service E.
    /// </summary>
    public const double DefaultSpecificFlowPpsPerM = 1.3;

    /// <summary>Default time step, seconds: 10 s keeps the rounding of walking times to ±5 s per edge (errors that
    /// mostly cancel along a route of minutes) while a district evacuation of an hour or two stays at several hundred
    /// steps, and a 2 m alley still passes 26 persons per step.</summary>
    public const double DefaultStepSeconds = 10;

    /// <summary>The defaults described on each property.</summary>
    public static PedestrianFlowOptions Default { get; } = new();

    /// <summary>Persons per second per metre of clear width, in (0, 10]; default 1.3 (SFPE / Fruin).</summary>
    public double SpecificFlowPpsPerM
    {
        get;
        init => field = value is > 0 and <= 10
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "specific flow must be in (0, 10] persons/(m·s)");
    } = DefaultSpecificFlowPpsPerM;

    /// <summary>Length of one time step in seconds, in (0, 600]; default 10.</summary>
    public double StepSeconds
    {
        get;
        init => field = value is > 0 and <= 600
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "the time step must be in (0, 600] s");
    } = DefaultStepSeconds;

    /// <summary>
    /// How far, in seconds, the planner may commit a route out of earliest-arrival order. 0 (the default) is the
    /// published CCRP: a route is committed only when no other group could still arrive earlier. On a whole district
    /// thousands of groups queue at the same few shelter gates, every route committed there delays all the others by
    /// one step, and strict order re-searches each of them after every route; a tolerance of a few minutes lets a group
    /// go once its arrival is within that much of the earliest possible, which cuts the searches by orders of
    /// magnitude. The result is still a feasible flow over time (never below <see cref="QuickestFlowBound"/>).
    /// </summary>
    public double OrderToleranceSeconds
    {
        get;
        init => field = value is >= 0 and <= 86_400
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "the order tolerance must be in [0, 86400] s");
    }
}
