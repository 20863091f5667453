namespace Seismic.Drills;

/// <summary>
/// Bad input to the drills domain that the user must fix (a template file, a cron expression): one line naming the
/// file or field and the fix. Expected outcomes — an invalid roster row, a refused plan — are results, not this.
/// </summary>
public sealed class DrillInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DrillInputException()
        : base("invalid drills input")
    {
    }

    /// <summary>Creates the exception with its one-line message.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public DrillInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public DrillInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
