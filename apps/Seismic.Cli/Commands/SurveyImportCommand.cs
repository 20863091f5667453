using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData;
using Seismic.GeoData.Survey;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic survey import FILE --district F.gpkg</c>: validates a survey CSV or GeoJSON and writes it into the
/// district GeoPackage, all or nothing. The embedded sample is never modified: without --district (or
/// SEISMIC_DISTRICT) the command refuses and says how to make a copy.
/// </summary>
internal static class SurveyImportCommand
{
    /// <summary>Errors printed before "… and K more errors".</summary>
    public const int MaxErrorsShown = 100;

    public static Command Build(CommandContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Survey file: .csv (UTF-8 or GB18030, English or Chinese headers) or .geojson." };
        var allowUnknown = new Option<bool>("--allow-unknown-columns")
        {
            Description = "Ignore (and list) columns the survey format does not know instead of rejecting the file.",
        };
        var command = new Command("import",
            "Validate a survey file and import it into the district GeoPackage given by --district, all or nothing. "
            + "Ids the district has replace that building's survey; new ids add buildings (the row's lon/lat or footprint_wkt). "
            + "Every error is listed, one per line, by CSV line or GeoJSON feature (its geometry included) and column (first 100), with exit code 2, and nothing is written. "
            + "The embedded Haizhu sample is read-only: copy it first (cp <program folder>/data/haizhu.gpkg my.gpkg) and pass --district my.gpkg.")
        {
            file, allowUnknown,
        };
        command.SetAction(parse =>
        {
            var option = parse.GetValue(GlobalOptions.District);
            var path = DistrictLocator.Resolve(option);
            if (Path.GetFullPath(path) == Path.GetFullPath(DistrictLocator.SamplePath))
            {
                throw new UsageException(
                    "survey import writes into the district GeoPackage, and the embedded Haizhu sample is read-only; "
                    + $"copy it (cp {DistrictLocator.SamplePath} my-district.gpkg) and pass --district my-district.gpkg");
            }

            var options = new SurveyReadOptions(DateOnly.FromDateTime(DateTime.Now), parse.GetValue(allowUnknown));
            SurveyImportResult result;
            using (context.Progress($"importing {Path.GetFileName(parse.GetValue(file))}"))
            {
                result = SurveyImporter.Import(path, parse.GetValue(file)!, options);
            }

            foreach (var column in result.UnknownColumns)
            {
                if (options.AllowUnknownColumns)
                {
                    context.Error.WriteLine($"seismic: warning: {result.File}: unknown column '{column}' ignored");
                }
            }

            if (!result.Succeeded)
            {
                WriteErrors(context.Error, result);
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {result.Imported} records ({result.NewBuildings} new buildings) into {path} ({result.Encoding})"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteErrors(TextWriter error, SurveyImportResult result)
    {
        var count = result.Errors.Count;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seismic: {result.File}: {count} {(count == 1 ? "error" : "errors")}; nothing was imported"));
        for (var i = 0; i < Math.Min(count, MaxErrorsShown); i++)
        {
            error.WriteLine($"{result.File}: {result.Errors[i]}");
        }

        if (count > MaxErrorsShown)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {count - MaxErrorsShown} more errors"));
        }
    }
}
