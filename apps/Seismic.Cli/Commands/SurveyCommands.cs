using System.CommandLine;
using Seismic.Cli.Infrastructure;

namespace Seismic.Cli.Commands;

/// <summary><c>seismic survey import|status</c>: the building survey.</summary>
internal static class SurveyCommands
{
    public static Command Build(CommandContext context)
    {
        var survey = new Command("survey", "The building survey (建(构)筑物抗震性能普查): import survey files, show progress per street and community.");
        survey.Subcommands.Add(SurveyImportCommand.Build(context));
        survey.Subcommands.Add(SurveyStatusCommand.Build(context));
        return survey;
    }
}
