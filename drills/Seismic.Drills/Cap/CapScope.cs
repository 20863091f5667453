namespace Seismic.Drills.Cap;

/// <summary>CAP 1.2 <c>scope</c> (§3.2.1): who may see the alert.</summary>
public enum CapScope
{
    /// <summary>For general dissemination to unrestricted audiences.</summary>
    Public,

    /// <summary>For users with a known operational requirement; <c>restriction</c> says which.</summary>
    Restricted,

    /// <summary>For the listed <c>addresses</c> only.</summary>
    Private,
}
