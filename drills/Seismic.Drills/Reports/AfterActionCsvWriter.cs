using System.Globalization;
using System.Text;
using Seismic.Drills.Common;

namespace Seismic.Drills.Reports;

/// <summary>
/// The report's per-community table as CSV: one row per community, then a <c>district</c> row with the totals.
/// Rates are fractions (0–1) with four decimals; times are seconds; empty when nobody answered.
/// </summary>
public static class AfterActionCsvWriter
{
    /// <summary>The header.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "community", "recipients", "sent", "delivered", "failed", "opted_out", "accounted", "need_help", "missing",
        "delivery_rate", "ack_rate", "ack_within_window_rate", "median_ack_s", "p90_ack_s",
    ];

    /// <summary>Writes the CSV text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>CSV with CRLF line ends.</returns>
    public static string Write(AfterActionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        CsvText.AppendLine(sb, [.. Columns]);
        foreach (var h in report.Communities)
        {
            Row(sb, h);
        }

        Row(sb, report.District);
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, CommunityHeadcount h)
    {
        var c = CultureInfo.InvariantCulture;
        CsvText.AppendLine(
            sb,
            Safe(h.Community),
            h.Recipients.ToString(c),
            h.Sent.ToString(c),
            h.Delivered.ToString(c),
            h.Failed.ToString(c),
            h.OptedOut.ToString(c),
            h.Accounted.ToString(c),
            h.NeedHelp.ToString(c),
            h.Missing.ToString(c),
            h.DeliveryRate.ToString("0.####", c),
            h.AckRate.ToString("0.####", c),
            h.AckWithinWindowRate.ToString("0.####", c),
            h.MedianAckSeconds?.ToString("0.#", c) ?? string.Empty,
            h.P90AckSeconds?.ToString("0.#", c) ?? string.Empty);
    }

    // A cell starting with = + - @ is run as a formula by spreadsheets (OWASP "CSV injection"); a leading
    // apostrophe keeps it text.
    private static string Safe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
}
