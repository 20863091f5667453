namespace Seismic.Drills.Storage;

/// <summary>
/// A drill store failure the caller can act on: a roster row violating a constraint (the import was rolled back), a
/// database written by a newer release, bad storage options. The message names the file or schema and the row.
/// </summary>
public sealed class DrillsStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DrillsStorageException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and where.</param>
    public DrillsStorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and where.</param>
    /// <param name="innerException">The driver's error.</param>
    public DrillsStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
