namespace Seismic.Drills.Acks;

/// <summary>What a recipient answered.</summary>
public enum AckKind
{
    /// <summary>"1", 到, 收到, 安全, OK: safe / arrived at the shelter.</summary>
    Safe,

    /// <summary>"2", 求助, HELP ME: needs help.</summary>
    NeedHelp,
}
