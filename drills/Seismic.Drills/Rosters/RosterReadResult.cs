using System.Globalization;

namespace Seismic.Drills.Rosters;

/// <summary>
/// The outcome of reading a roster file: all people, or — when any row is wrong — every error and no people
/// (the import is all-or-nothing).
/// </summary>
/// <param name="FileName">The file name used in messages.</param>
/// <param name="People">The validated people; empty when <paramref name="Errors"/> is not.</param>
/// <param name="Errors">Every problem found, in file order.</param>
/// <param name="Encoding">The encoding the file was read with (UTF-8, UTF-8 (BOM), GB18030).</param>
public sealed record RosterReadResult(
    string FileName, IReadOnlyList<RosterPerson> People, IReadOnlyList<RosterImportError> Errors, string Encoding)
{
    /// <summary>True when the file is valid and <see cref="People"/> may be imported.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>
    /// One line for the console: "roster.csv line 7, phone '12345': not a valid … (and 3 more errors)", or
    /// "roster.csv: 120 people" on success.
    /// </summary>
    public string Summary
    {
        get
        {
            if (IsSuccess)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{FileName}: {People.Count} people");
            }

            var more = Errors.Count - 1;
            var tail = more switch
            {
                0 => string.Empty,
                1 => " (and 1 more error)",
                _ => string.Create(CultureInfo.InvariantCulture, $" (and {more} more errors)"),
            };
            return $"{FileName} {Errors[0]}{tail}";
        }
    }
}
