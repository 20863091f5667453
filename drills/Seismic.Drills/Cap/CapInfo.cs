namespace Seismic.Drills.Cap;

/// <summary>CAP 1.2 <c>info</c>: one language's rendering of the alert. The category is always <c>Geo</c> (geophysical,
/// including earthquakes).</summary>
/// <param name="Language">RFC 3066 code, e.g. <c>zh-CN</c>, <c>en-US</c>.</param>
/// <param name="Event">The subject event, e.g. "地震应急疏散演练" or "Earthquake".</param>
/// <param name="ResponseType">CAP responseType (Shelter, Evacuate, Prepare, Execute, Avoid, Monitor, Assess, AllClear,
/// None), or null.</param>
/// <param name="Urgency">Urgency.</param>
/// <param name="Severity">Severity.</param>
/// <param name="Certainty">Certainty.</param>
/// <param name="SenderName">The issuing office's name, or null.</param>
/// <param name="Headline">A brief headline.</param>
/// <param name="Description">What is happening.</param>
/// <param name="Instruction">What to do.</param>
/// <param name="Web">The acknowledgement page base URL, or null.</param>
/// <param name="Areas">Affected areas.</param>
public sealed record CapInfo(
    string Language,
    string Event,
    string? ResponseType,
    CapUrgency Urgency,
    CapSeverity Severity,
    CapCertainty Certainty,
    string? SenderName,
    string Headline,
    string Description,
    string Instruction,
    Uri? Web,
    IReadOnlyList<CapArea> Areas);
