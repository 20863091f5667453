using System.Globalization;
using Seismic.SmsSimulator;

namespace Seismic.Benchmarks;

/// <summary>
/// What one dispatch run achieved, measured at the simulator: the speed target is 10,000 recipients in ≤ 25 s at a
/// configured 500 messages/s, the achieved rate within 5 % of the limit, no duplicates.
/// </summary>
/// <param name="Store">The store and worker layout.</param>
/// <param name="Messages">Rows enqueued.</param>
/// <param name="WallSeconds">From the first claim to the last processor returning.</param>
/// <param name="AchievedRate">Messages accepted ÷ (last accept − first accept), from the simulator's timestamps.</param>
/// <param name="LimitRate">The configured total rate.</param>
/// <param name="Duplicates">Extra messages to a number that got more than one.</param>
/// <param name="Lost">Rows that did not end Sent.</param>
internal sealed record DispatchFigures(
    string Store, int Messages, double WallSeconds, double AchievedRate, double LimitRate, int Duplicates, int Lost)
{
    public const string CsvHeader = "utc,store,messages,wall_s,achieved_per_s,limit_per_s,deviation_pct,duplicates,lost,load_avg";

    /// <summary>Signed deviation of the achieved rate from the limit, in percent.</summary>
    public double DeviationPercent => (AchievedRate - LimitRate) / LimitRate * 100;

    /// <summary>Computes the figures from the simulator's record and the rows' final states.</summary>
    public static DispatchFigures From(string store, int messages, double wallSeconds, double limit, IReadOnlyList<SimulatedMessage> accepted, int lost)
    {
        var perNumber = new Dictionary<string, int>(accepted.Count, StringComparer.Ordinal);
        var first = DateTimeOffset.MaxValue;
        var last = DateTimeOffset.MinValue;
        foreach (var message in accepted)
        {
            perNumber[message.To] = perNumber.GetValueOrDefault(message.To) + 1;
            first = message.CreatedAt < first ? message.CreatedAt : first;
            last = message.CreatedAt > last ? message.CreatedAt : last;
        }

        var duplicates = 0;
        foreach (var count in perNumber.Values)
        {
            duplicates += count > 1 ? count - 1 : 0;
        }

        var span = (last - first).TotalSeconds;
        var rate = accepted.Count > 1 && span > 0 ? accepted.Count / span : 0;
        return new DispatchFigures(store, messages, wallSeconds, rate, limit, duplicates, lost);
    }

    /// <summary>One CSV line (invariant culture) with the current load average.</summary>
    public string ToCsv(string loadAverage) => string.Create(
        CultureInfo.InvariantCulture,
        $"{DateTimeOffset.UtcNow:O},{Store},{Messages},{WallSeconds:F2},{AchievedRate:F1},{LimitRate:F0},{DeviationPercent:F2},{Duplicates},{Lost},{loadAverage}");

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Store}: {Messages} messages in {WallSeconds:F2} s, achieved {AchievedRate:F1}/s vs limit {LimitRate:F0}/s ({DeviationPercent:+0.00;-0.00} %), duplicates {Duplicates}, lost {Lost}");
}
