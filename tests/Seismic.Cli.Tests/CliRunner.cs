namespace Seismic.Cli.Tests;

/// <summary>Runs the <c>seismic</c> command in-process and captures its streams.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = SeismicApp.Run(args, stdout, stderr, interactive: false);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);
}

internal sealed record CliResult(int ExitCode, string Out, string Error);
