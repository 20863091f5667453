using System.Text;
using Seismic.Drills.Common;

namespace Seismic.Drills.Rosters;

/// <summary>
/// Writes people in the format <see cref="RosterCsvReader"/> reads (<c>seismic roster list --csv</c>): English header,
/// English role/skill/consent words, CRLF line ends. Reading the output back yields the same people.
/// </summary>
public static class RosterCsvWriter
{
    /// <summary>The CSV text.</summary>
    /// <param name="people">The people, written in the given order.</param>
    /// <returns>CSV text (no byte-order mark; see <see cref="WriteUtf8WithBom"/>).</returns>
    public static string Write(IEnumerable<RosterPerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var sb = new StringBuilder();
        CsvText.AppendLine(sb, RosterColumns.All);
        foreach (var p in people)
        {
            CsvText.AppendLine(
                sb,
                p.Id,
                p.Name,
                RosterColumns.RoleWord(p.Role),
                p.Community,
                p.Street,
                p.PhoneE164,
                p.Language,
                string.Join(';', p.Skills),
                p.Availability,
                p.Consent == ConsentState.OptedIn ? "yes" : "no");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The CSV as UTF-8 bytes with a byte-order mark, so spreadsheet programs in a Chinese locale open the names
    /// correctly instead of guessing GBK.
    /// </summary>
    /// <param name="people">The people.</param>
    /// <returns>The file bytes.</returns>
    public static byte[] WriteUtf8WithBom(IEnumerable<RosterPerson> people)
    {
        var text = Write(people);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text);
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }
}
