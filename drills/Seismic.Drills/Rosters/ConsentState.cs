namespace Seismic.Drills.Rosters;

/// <summary>Whether a person may be sent drill and training messages.</summary>
public enum ConsentState
{
    /// <summary>Agreed to receive messages (the state after enrolment with consent).</summary>
    OptedIn,

    /// <summary>Replied STOP (or the provider reported error 21610); nothing is sent until START.</summary>
    OptedOut,
}
