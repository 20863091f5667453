using Seismic.Drills.Common;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Messages;

/// <summary>
/// Hours in which drill and training messages are held back (22:00–07:00 Asia/Shanghai by default). Real alerts are
/// never held: a warning that waits for the morning is no warning (mass-notification practice: quiet hours are
/// overridable for real emergencies).
/// </summary>
public sealed class QuietHours
{
    /// <summary>22:00–07:00 Asia/Shanghai.</summary>
    public static QuietHours Default { get; } = new(new TimeOnly(22, 0), new TimeOnly(7, 0));

    /// <summary>Creates quiet hours.</summary>
    /// <param name="start">Local time they start (inclusive).</param>
    /// <param name="end">Local time they end (exclusive); earlier than <paramref name="start"/> for a period across
    /// midnight; equal to it for no quiet hours at all.</param>
    /// <param name="zone">The zone of the local times; null for Asia/Shanghai.</param>
    public QuietHours(TimeOnly start, TimeOnly end, TimeZoneInfo? zone = null)
    {
        Start = start;
        End = end;
        Zone = zone ?? ShanghaiTime.Zone;
    }

    /// <summary>Local start (inclusive).</summary>
    public TimeOnly Start { get; }

    /// <summary>Local end (exclusive).</summary>
    public TimeOnly End { get; }

    /// <summary>The zone the hours are read in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>True when an instant falls within quiet hours.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when quiet.</returns>
    public bool IsQuiet(DateTimeOffset instant)
    {
        if (Start == End)
        {
            return false;
        }

        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
        return Start < End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>The earliest instant at or after <paramref name="instant"/> a message of a kind may be sent.</summary>
    /// <param name="instant">When it is due.</param>
    /// <param name="kind">Its kind; <see cref="InjectKind.RealAlert"/> is never held.</param>
    /// <returns><paramref name="instant"/> itself for real alerts and outside quiet hours, else the end of the quiet
    /// period (in the zone's offset).</returns>
    public DateTimeOffset NextAllowed(DateTimeOffset instant, InjectKind kind)
    {
        if (kind == InjectKind.RealAlert || !IsQuiet(instant))
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        var endDate = local.Date;
        // Across midnight: before midnight the period ends tomorrow; after midnight (local < End) it ends today.
        if (TimeOnly.FromDateTime(local.DateTime) >= End)
        {
            endDate = endDate.AddDays(1);
        }

        var endLocal = endDate + End.ToTimeSpan();
        return new DateTimeOffset(endLocal, Zone.GetUtcOffset(endLocal));
    }
}
