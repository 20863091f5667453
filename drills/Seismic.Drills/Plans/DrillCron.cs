using Cronos;
using Seismic.Drills.Common;

namespace Seismic.Drills.Plans;

/// <summary>
/// Recurring trainings' schedules: standard 5-field cron expressions (minute hour day-of-month month day-of-week) read
/// in Asia/Shanghai, the same expressions Hangfire's recurring jobs take with <c>TimeZone = Asia/Shanghai</c>.
/// </summary>
public static class DrillCron
{
    /// <summary>Checks an expression.</summary>
    /// <param name="cron">The expression, e.g. <c>0 19 * * 3</c> (Wednesdays 19:00).</param>
    /// <param name="error">Why it is invalid; empty when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryValidate(string? cron, out string error)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            error = "cron expression is empty";
            return false;
        }

        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5)
        {
            error = $"cron '{cron}' has {fields.Length} fields; write 5: minute hour day-of-month month day-of-week (e.g. '0 19 * * 3')";
            return false;
        }

        try
        {
            CronExpression.Parse(cron, CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            error = $"cron '{cron}' is not valid: {ex.Message}";
            return false;
        }

        error = string.Empty;
        return true;
    }

    /// <summary>The next occurrences after an instant, in Asia/Shanghai.</summary>
    /// <param name="cron">A valid 5-field expression.</param>
    /// <param name="after">Occurrences strictly after this instant.</param>
    /// <param name="count">How many (≥ 1).</param>
    /// <returns>The instants with offset +08:00, ascending.</returns>
    /// <exception cref="DrillInputException">The expression is invalid.</exception>
    public static IReadOnlyList<DateTimeOffset> NextOccurrences(string cron, DateTimeOffset after, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!TryValidate(cron, out var error))
        {
            throw new DrillInputException(error);
        }

        var expression = CronExpression.Parse(cron, CronFormat.Standard);
        var list = new List<DateTimeOffset>(count);
        var from = after;
        while (list.Count < count)
        {
            var next = expression.GetNextOccurrence(from, ShanghaiTime.Zone, inclusive: false);
            if (next is null)
            {
                break;
            }

            list.Add(next.Value);
            from = next.Value;
        }

        return list;
    }
}
