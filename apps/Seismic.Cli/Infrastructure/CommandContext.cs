namespace Seismic.Cli.Infrastructure;

/// <summary>What a command action needs from its host: the output streams and progress reporting.</summary>
/// <param name="Out">Standard output: results only (tables, JSON).</param>
/// <param name="Error">Standard error: progress, warnings and errors.</param>
/// <param name="Interactive">True when stderr is a terminal: progress bars instead of plain lines.</param>
internal sealed record CommandContext(TextWriter Out, TextWriter Error, bool Interactive)
{
    /// <summary>A progress sink that draws a bar on a terminal and prints plain lines when redirected.</summary>
    public ConsoleProgress Progress(string task) => new(Error, Interactive, task);
}
