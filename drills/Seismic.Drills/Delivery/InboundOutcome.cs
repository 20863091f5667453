namespace Seismic.Drills.Delivery;

/// <summary>What an inbound SMS did.</summary>
public enum InboundOutcome
{
    /// <summary>Recorded as "safe / arrived".</summary>
    Acknowledged,

    /// <summary>Recorded as "need help".</summary>
    NeedHelp,

    /// <summary>STOP and its synonyms: consent withdrawn.</summary>
    OptedOut,

    /// <summary>START / YES: consent restored.</summary>
    OptedIn,

    /// <summary>From a roster person, but not an answer the toolkit understands.</summary>
    Unrecognised,

    /// <summary>From a number not on the roster.</summary>
    UnknownSender,
}
