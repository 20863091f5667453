using System.CommandLine;
using Seismic.Cli.Commands;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData;

namespace Seismic.Cli;

/// <summary>
/// The <c>seismic</c> command: parses the command line, runs the chosen verb and maps failures to exit codes —
/// 2 with one line on stderr for bad input or usage, 1 for an internal failure.
/// </summary>
internal static class SeismicApp
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool? interactive = null)
    {
        var context = new CommandContext(stdout, stderr, interactive ?? !Console.IsErrorRedirected);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var verb = string.Join(' ', CommandPath(parse.CommandResult.Command));
            // All parse errors on one line: "Required command was not provided" alone would hide the unknown token.
            var messages = string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')).Distinct());
            stderr.WriteLine(verb.Length == 0
                ? $"seismic: {messages} (see 'seismic --help')"
                : $"seismic: {messages} (see 'seismic {verb} --help')");
            return ExitCodes.BadInput;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception e)
        {
            var code = Classify(e);
            stderr.WriteLine($"seismic: {OneLine(e.Message)}");
            if (code == ExitCodes.InternalError)
            {
                stderr.WriteLine($"seismic: internal error ({e.GetType().Name}); please report it with the command line that caused it.");
            }

            return code;
        }
    }

    internal static RootCommand BuildRoot(CommandContext context)
    {
        var root = new RootCommand(
            "Seismic — earthquake emergency preparedness for a city district: building survey and resilience scores, "
            + "earthquake scenarios, evacuation routes to shelters, drills and SMS alerts.");
        root.Options.Add(GlobalOptions.District);
        root.Subcommands.Add(DistrictCommands.Build(context));
        root.Subcommands.Add(DamageCommand.Build(context));
        root.Subcommands.Add(SurveyCommands.Build(context));
        root.Subcommands.Add(ScoreCommand.Build(context));
        root.Subcommands.Add(DemoCommand.Build(context));
        root.Subcommands.Add(GraphExportCommand.BuildGroup(context));
        root.Subcommands.Add(RouteCommand.Build(context));
        root.Subcommands.Add(EvacuateCommand.Build(context));
        root.Subcommands.Add(GmpeCommand.Build(context));
        root.Subcommands.Add(ScenarioCommand.Build(context));
        root.Subcommands.Add(RosterCommands.Build(context));
        root.Subcommands.Add(DrillCommands.Build(context));
        root.Subcommands.Add(AlertCommand.Build(context));
        root.Subcommands.Add(ServeCommand.Build(context));
        root.Subcommands.Add(WorkerCommand.Build(context));
        return root;
    }

    /// <summary>Bad input (the user can fix it) exits 2; anything else is an internal failure, 1.</summary>
    private static int Classify(Exception e) =>
        e is GeoDataException or UsageException or FileNotFoundException or DirectoryNotFoundException
            or UnauthorizedAccessException
            ? ExitCodes.BadInput
            : ExitCodes.InternalError;

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();

    private static IEnumerable<string> CommandPath(Command command)
    {
        var names = new Stack<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Push(c is RootCommand ? "seismic" : c.Name);
        }

        return names.Skip(1);
    }
}
