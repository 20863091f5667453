namespace Seismic.Cli.Infrastructure;

/// <summary>Bad usage or an invalid option value; reported as one line on stderr with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
