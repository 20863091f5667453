using System.Globalization;

namespace Seismic.Drills.Common;

/// <summary>The district's clock: Asia/Shanghai (UTC+8, no daylight saving since 1991).</summary>
internal static class ShanghaiTime
{
    /// <summary>The IANA zone; resolves on Linux and, through ICU's Windows mapping, on Windows.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>An instant expressed in Asia/Shanghai local time (offset +08:00).</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A wall-clock time in Asia/Shanghai as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>"2026-12-02 19:00" in Asia/Shanghai.</summary>
    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
