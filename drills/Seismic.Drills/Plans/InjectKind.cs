namespace Seismic.Drills.Plans;

/// <summary>The kind of a timed inject in a master scenario events list; also the kind of the message it sends.</summary>
public enum InjectKind
{
    /// <summary>Announcement, typically T−7 days.</summary>
    Announcement,

    /// <summary>Reminder, typically T−1 day.</summary>
    Reminder,

    /// <summary>The alarm at T0: "go to your shelter and acknowledge".</summary>
    Alarm,

    /// <summary>Escalation to a community's assistants or the coordinator about people who have not acknowledged.</summary>
    Escalation,

    /// <summary>"All clear": the exercise is over.</summary>
    AllClear,

    /// <summary>A real earthquake alert (never an exercise; quiet hours do not apply).</summary>
    RealAlert,
}
