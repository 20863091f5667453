namespace Seismic.Drills.Plans;

/// <summary>What kind of exercise a plan is.</summary>
public enum DrillKind
{
    /// <summary>Community evacuation drill: residents walk to their shelters.</summary>
    EvacuationDrill,

    /// <summary>A training session for volunteers and assistants.</summary>
    Training,

    /// <summary>A radio exercise (communication check).</summary>
    RadioExercise,
}
