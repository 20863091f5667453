using System.Globalization;

namespace Seismic.Drills.Rosters;

/// <summary>One problem in a roster file.</summary>
/// <param name="Line">File line of the row (header = line 1); 0 for the file as a whole.</param>
/// <param name="Column">Column name as the file spells it (e.g. <c>phone</c> or <c>手机</c>); empty for the whole row.</param>
/// <param name="Value">The offending value as written; empty when none.</param>
/// <param name="Reason">What is wrong and how to fix it.</param>
public sealed record RosterImportError(int Line, string Column, string Value, string Reason)
{
    /// <summary>"line 7, phone '12345': not a valid mainland number …".</summary>
    /// <returns>The one-line description.</returns>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {Line}") : "file";
        if (Column.Length > 0)
        {
            where += ", " + Column;
        }

        return Value.Length > 0 ? $"{where} '{Value}': {Reason}" : $"{where}: {Reason}";
    }
}
