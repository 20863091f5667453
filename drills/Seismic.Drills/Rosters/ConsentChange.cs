namespace Seismic.Drills.Rosters;

/// <summary>One entry of a person's consent history; the newest entry is the current state.</summary>
/// <param name="PersonId">The roster person.</param>
/// <param name="State">The state from <paramref name="At"/> on.</param>
/// <param name="At">When the change happened (UTC offset preserved).</param>
/// <param name="Source">What caused it: <c>import</c>, <c>sms-stop</c>, <c>sms-start</c>, <c>provider-21610</c>, <c>coordinator</c>.</param>
public sealed record ConsentChange(string PersonId, ConsentState State, DateTimeOffset At, string Source);
