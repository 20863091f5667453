using System.Globalization;
using Seismic.Drills.Outbox;

namespace Seismic.Drills.Messages;

/// <summary>
/// Mainland carriers' content limits per number (Twilio's China SMS guidelines, see FACTS.md): three identical texts
/// to one number within 24 h are rejected, and five different texts within 24 h trigger a manual review. The rule
/// refuses a text that would be the third identical one and flags one that makes five different ones, so the
/// dispatcher can vary the text or hold it.
/// </summary>
public sealed class ChinaContentRules
{
    /// <summary>The rules with the published limits: 2 identical allowed, review from 5 different, 24 h window.</summary>
    public static ChinaContentRules Default { get; } = new();

    /// <summary>Creates the rules.</summary>
    /// <param name="maxIdentical">Identical texts allowed in the window (carriers: 2; the third is rejected).</param>
    /// <param name="reviewFromDistinct">Different texts in the window from which review is triggered (carriers: 5).</param>
    /// <param name="window">The window (carriers: 24 h).</param>
    public ChinaContentRules(int maxIdentical = 2, int reviewFromDistinct = 5, TimeSpan? window = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIdentical, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewFromDistinct, 2);
        MaxIdentical = maxIdentical;
        ReviewFromDistinct = reviewFromDistinct;
        Window = window ?? TimeSpan.FromHours(24);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero);
    }

    /// <summary>Identical texts allowed in the window.</summary>
    public int MaxIdentical { get; }

    /// <summary>Different texts in the window that trigger review.</summary>
    public int ReviewFromDistinct { get; }

    /// <summary>The sliding window.</summary>
    public TimeSpan Window { get; }

    /// <summary>Decides on a text given the texts already sent to the same number within the window.</summary>
    /// <param name="body">The text about to be sent.</param>
    /// <param name="sentInWindow">Texts sent (or about to be sent) to the number within the window.</param>
    /// <returns>The decision.</returns>
    public ContentDecision Evaluate(string body, IEnumerable<string> sentInWindow)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(sentInWindow);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var identical = 0;
        foreach (var text in sentInWindow)
        {
            distinct.Add(text);
            if (string.Equals(text, body, StringComparison.Ordinal))
            {
                identical++;
            }
        }

        distinct.Add(body);
        if (identical >= MaxIdentical)
        {
            return new ContentDecision(ContentVerdict.Refuse, identical, distinct.Count, string.Create(CultureInfo.InvariantCulture,
                $"would be identical text number {identical + 1} to this number within {Window.TotalHours:0} h; carriers reject it — vary or personalise the text"));
        }

        if (distinct.Count >= ReviewFromDistinct)
        {
            return new ContentDecision(ContentVerdict.FlagForReview, identical, distinct.Count, string.Create(CultureInfo.InvariantCulture,
                $"{distinct.Count} different texts to this number within {Window.TotalHours:0} h; carriers may hold it for review — send fewer reminders"));
        }

        return new ContentDecision(ContentVerdict.Allow, identical, distinct.Count, string.Empty);
    }

    /// <summary>
    /// Decides on a text given the outbox rows to the same number (<see cref="IOutboxStore.ListToAsync"/>): rows that
    /// failed or were suppressed never reached the handset and do not count; the others count at their send time
    /// (or enqueue time while not yet sent) when it lies within the window before <paramref name="now"/>.
    /// </summary>
    /// <param name="body">The text about to be sent.</param>
    /// <param name="rowsToNumber">Outbox rows to the number.</param>
    /// <param name="now">The send time.</param>
    /// <returns>The decision.</returns>
    public ContentDecision Evaluate(string body, IEnumerable<OutboxMessage> rowsToNumber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rowsToNumber);
        var since = now - Window;
        var texts = new List<string>();
        foreach (var row in rowsToNumber)
        {
            if (row.Status is OutboxStatus.Failed or OutboxStatus.Suppressed)
            {
                continue;
            }

            var at = row.SentAt ?? row.CreatedAt;
            if (at >= since && at <= now)
            {
                texts.Add(row.Body);
            }
        }

        return Evaluate(body, texts);
    }

    /// <summary>
    /// The most different texts a number receives within any one window, for a schedule of texts to it (e.g. a drill
    /// plan's announcement, reminder, alarm and all-clear): a planner can see before anything is sent whether the
    /// schedule itself reaches <see cref="ReviewFromDistinct"/>, when carriers may hold the texts for review.
    /// </summary>
    /// <param name="schedule">Texts with their send times (any common origin, e.g. offsets from the drill's start).</param>
    /// <returns>The largest count of different texts in a window; 0 for an empty schedule.</returns>
    public int MostDistinctInWindow(IEnumerable<(TimeSpan At, string Body)> schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var texts = schedule.OrderBy(t => t.At).ToList();
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        var most = 0;
        var first = 0;
        foreach (var (at, body) in texts)
        {
            // Texts more than a window before this one have left the window that ends at it (one exactly a window
            // before still counts, as in Evaluate).
            while (at - texts[first].At > Window)
            {
                var old = texts[first++].Body;
                if (--inWindow[old] == 0)
                {
                    inWindow.Remove(old);
                }
            }

            inWindow[body] = inWindow.GetValueOrDefault(body) + 1;
            most = Math.Max(most, inWindow.Count);
        }

        return most;
    }
}
