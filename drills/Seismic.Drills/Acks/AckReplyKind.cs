namespace Seismic.Drills.Acks;

/// <summary>What an inbound SMS means.</summary>
public enum AckReplyKind
{
    /// <summary>Safe / arrived ("1", 到, 收到, 安全, OK).</summary>
    Safe,

    /// <summary>Needs help ("2", 求助, 救命, HELP ME).</summary>
    NeedHelp,

    /// <summary>STOP and its synonyms, 退订, TD: withdraw consent.</summary>
    OptOut,

    /// <summary>START, UNSTOP, or YES from an opted-out person: restore consent.</summary>
    OptIn,

    /// <summary>Anything else.</summary>
    Unrecognised,
}
