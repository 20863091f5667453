namespace Seismic.Drills.Messages;

/// <summary>What the dispatcher should do with a text under the China content rules.</summary>
public enum ContentVerdict
{
    /// <summary>Send it.</summary>
    Allow,

    /// <summary>Send it, but the number has now had five different texts in 24 h: carriers may hold it for review.</summary>
    FlagForReview,

    /// <summary>Do not send: it would be the third identical text to the number within 24 h, which carriers reject.</summary>
    Refuse,
}
