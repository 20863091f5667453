using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Messages;

/// <summary>Everything a message text may use for one recipient.</summary>
/// <param name="Plan">The drill, or null for a real alert.</param>
/// <param name="Inject">The inject being sent (its kind and template).</param>
/// <param name="Person">The recipient.</param>
/// <param name="Route">The shelter and walking time of the recipient's community or building, or null.</param>
/// <param name="AckLink">The personal acknowledgement link, or null when the message asks for none.</param>
/// <param name="IsExercise">True for drills and trainings: the text carries 【演练】 / [EXERCISE].</param>
/// <param name="Missing">For escalations: the people who have not answered; empty otherwise.</param>
/// <param name="AlertText">For real alerts: the office's own text; null otherwise.</param>
public sealed record MessageContext(
    DrillPlan? Plan,
    DrillInject Inject,
    RosterPerson Person,
    BuildingRoute? Route,
    Uri? AckLink,
    bool IsExercise,
    IReadOnlyList<RosterPerson> Missing,
    string? AlertText);
