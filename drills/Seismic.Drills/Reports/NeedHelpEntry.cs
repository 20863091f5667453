namespace Seismic.Drills.Reports;

/// <summary>A person who answered "need help".</summary>
/// <param name="PersonId">Roster id.</param>
/// <param name="Name">Name (or the id when not on the roster).</param>
/// <param name="Community">Community.</param>
/// <param name="Phone">E.164 number.</param>
/// <param name="At">When they first asked for help.</param>
public sealed record NeedHelpEntry(string PersonId, string Name, string Community, string Phone, DateTimeOffset At);
