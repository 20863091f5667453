using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.District;
using Seismic.GeoData.Survey;

namespace Seismic.Cli.Commands;

/// <summary><c>seismic survey status [--as-of YYYY-MM-DD] [--cycle-years N] [--json]</c>: progress per street and community.</summary>
internal static class SurveyStatusCommand
{
    public static Command Build(CommandContext context)
    {
        var json = GlobalOptions.Json();
        var asOf = new Option<string?>("--as-of") { Description = "Status date (default: today); surveys older than the cycle before it are overdue.", HelpName = "YYYY-MM-DD" };
        var cycle = new Option<int>("--cycle-years")
        {
            Description = "Resurvey cycle in years (default 5).",
            DefaultValueFactory = _ => SurveyStatus.DefaultCycleYears,
        };
        var command = new Command("status", "Survey progress per street and community: surveyed / total buildings, % done, overdue surveys.")
        {
            json, asOf, cycle,
        };
        command.SetAction(parse =>
        {
            var date = ParseDate(parse.GetValue(asOf));
            var years = parse.GetValue(cycle);
            if (years < 1)
            {
                throw new UsageException($"--cycle-years: {years} must be at least 1");
            }

            var path = DistrictLocator.Resolve(parse.GetValue(GlobalOptions.District));
            var model = DistrictLocator.Load(context, path);
            var report = SurveyStatus.Compute(model, SurveyStore.Read(path), date, years);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, report);
            }
            else
            {
                Write(context.Out, report);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateOnly ParseDate(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(DateTime.Now);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--as-of: '{text}' is not a date YYYY-MM-DD");
    }

    private static void Write(TextWriter o, SurveyStatusReport report)
    {
        var d = report.District;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DistrictInfo.TitleOf(d.Name, d.NameEn)}: {d.Surveyed:N0} of {d.Buildings:N0} buildings surveyed ({d.PercentDone:F1} %), {d.Overdue:N0} overdue (older than {report.CycleYears} years on {report.AsOf:yyyy-MM-dd})"));
        o.WriteLine();
        Table(o, "street", report.Streets);
        o.WriteLine();
        Table(o, "community", report.Communities);
        if (report.Unassigned > 0)
        {
            o.WriteLine();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Unassigned:N0} buildings lie outside every community"));
        }
    }

    private static void Table(TextWriter o, string kind, IReadOnlyList<SurveyAreaStatus> rows)
    {
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-12} {"name",-22} {"surveyed",9} {"total",7} {"done",7} {"overdue",8}"));
        foreach (var r in rows)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Code,-12} {Pad(r.Name, 22)} {r.Surveyed,9:N0} {r.Buildings,7:N0} {r.PercentDone,6:F1}% {r.Overdue,8:N0}"));
        }
    }

    // Chinese characters take two columns in a terminal.
    private static string Pad(string text, int width)
    {
        var columns = 0;
        foreach (var ch in text)
        {
            columns += ch > 0x2E80 ? 2 : 1;
        }

        return text + new string(' ', Math.Max(0, width - columns));
    }
}
