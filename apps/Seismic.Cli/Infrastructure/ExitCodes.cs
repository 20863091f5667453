namespace Seismic.Cli.Infrastructure;

/// <summary>The exit codes of every <c>seismic</c> command (MISSION.md, command contract).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>An internal failure: a defect or an environment problem the user did not cause.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input or usage: a missing or malformed file, an invalid option value.</summary>
    public const int BadInput = 2;
}
