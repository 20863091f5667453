namespace Seismic.Engine.Buildings;

/// <summary>
/// A scoring or taxonomy table (embedded or loaded by the office) is malformed. The message names the table, the
/// line (header = line 1, comment lines counted) and the field, and says what was expected.
/// </summary>
public sealed class ReferenceTableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">Table name (file or resource name).</param>
    /// <param name="line">1-based line number in the table text.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    public ReferenceTableException(string table, int line, string message)
        : base($"{table} line {line}: {message}")
    {
        Table = table;
        Line = line;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public ReferenceTableException() { Table = string.Empty; }

    /// <summary>Creates the exception with a plain message.</summary>
    /// <param name="message">The message.</param>
    public ReferenceTableException(string message) : base(message) { Table = string.Empty; }

    /// <summary>Creates the exception with a plain message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ReferenceTableException(string message, Exception innerException)
        : base(message, innerException) { Table = string.Empty; }

    /// <summary>Name of the table.</summary>
    public string Table { get; }

    /// <summary>1-based line of the offending row, 0 when not tied to a row.</summary>
    public int Line { get; }
}
