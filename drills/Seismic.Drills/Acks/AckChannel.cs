namespace Seismic.Drills.Acks;

/// <summary>How an acknowledgement arrived.</summary>
public enum AckChannel
{
    /// <summary>An inbound SMS reply.</summary>
    Sms,

    /// <summary>The personal one-tap link (works where two-way SMS to +86 does not).</summary>
    Link,
}
