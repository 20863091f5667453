namespace Seismic.Drills.Cap;

/// <summary>A CAP 1.2 alert message.</summary>
/// <param name="Identifier">Unique per sender; no spaces, commas, &lt; or &amp; (CAP 1.2 §3.2.1).</param>
/// <param name="Sender">Globally unique sender id, e.g. an e-mail-like <c>eq-office@haizhu.example</c>.</param>
/// <param name="Sent">Origination time; written with its offset, whole seconds.</param>
/// <param name="Status">Exercise for drills, Actual for real alerts.</param>
/// <param name="MsgType">Alert, Update, Cancel, Ack or Error (the toolkit sends Alert).</param>
/// <param name="Scope">Public, Restricted or Private.</param>
/// <param name="Restriction">Required for Restricted: who may see it.</param>
/// <param name="Addresses">Required for Private: the recipients (space-separated; quote those with spaces).</param>
/// <param name="Note">Free text (for exercises: which exercise), or null.</param>
/// <param name="Infos">One info per language.</param>
public sealed record CapAlert(
    string Identifier,
    string Sender,
    DateTimeOffset Sent,
    CapStatus Status,
    string MsgType,
    CapScope Scope,
    string? Restriction,
    string? Addresses,
    string? Note,
    IReadOnlyList<CapInfo> Infos);
