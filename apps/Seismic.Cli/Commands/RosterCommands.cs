using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Drills;
using Seismic.Cli.Infrastructure;
using Seismic.Drills.Rosters;
using Seismic.GeoData;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic roster import FILE.csv | list | synth</c>: the volunteer, assistant and coordinator roster. Imports are
/// all-or-nothing: any bad row refuses the whole file, with every error listed by line and column.
/// </summary>
internal static class RosterCommands
{
    public static Command Build(CommandContext context)
    {
        var roster = new Command("roster", "Volunteers (志愿者), assistants (助理员) and coordinators: import, list, generate.");
        roster.Subcommands.Add(BuildImport(context));
        roster.Subcommands.Add(BuildList(context));
        roster.Subcommands.Add(BuildSynth(context));
        return roster;
    }

    private static Command BuildImport(CommandContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Roster CSV (UTF-8 or GB18030; Chinese headers accepted)." };
        var store = new DrillsOptions();
        var command = new Command("import", "Import a roster CSV: every phone validated and stored in E.164; all rows or none.") { file };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"{path}: no such file");
            }

            var read = RosterCsvReader.ReadFile(path);
            if (!read.IsSuccess)
            {
                foreach (var error in read.Errors.Skip(1).Take(49))
                {
                    context.Error.WriteLine($"seismic: {read.FileName} {error}");
                }

                throw new UsageException(read.Summary);
            }

            using var session = DrillsSession.Open(parse, store);
            var imported = session.Stores.Rosters.ImportAsync(read.People, DateTimeOffset.UtcNow).GetAwaiter().GetResult();
            var byRole = read.People.GroupBy(p => p.Role).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}s");
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {imported} people ({string.Join(", ", byRole)}) from {read.FileName} ({read.Encoding}) into {session.Description}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildList(CommandContext context)
    {
        var community = new Option<string[]>("--community") { Description = "Only these communities (repeatable).", AllowMultipleArgumentsPerToken = true };
        var role = new Option<string?>("--role") { Description = "Only this role: volunteer, assistant or coordinator." };
        var csv = new Option<bool>("--csv") { Description = "Write the roster as CSV (the import format) on stdout." };
        var store = new DrillsOptions();
        var command = new Command("list", "List the roster: per community counts, or the people as CSV.") { community, role, csv };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            RosterRole[]? roles = null;
            if (parse.GetValue(role) is { } r)
            {
                roles = Enum.TryParse<RosterRole>(r, ignoreCase: true, out var parsed)
                    ? [parsed]
                    : throw new UsageException($"--role {r}: use volunteer, assistant or coordinator");
            }

            using var session = DrillsSession.Open(parse, store);
            var communities = parse.GetValue(community) is { Length: > 0 } c ? c : null;
            var people = session.Stores.Rosters.ListAsync(communities, roles).GetAwaiter().GetResult();
            if (parse.GetValue(csv))
            {
                context.Out.Write(RosterCsvWriter.Write(people));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{people.Count} people in {session.Description}; {people.Count(p => p.Consent == ConsentState.OptedOut)} opted out"));
            context.Out.WriteLine("  community              volunteers  assistants  coordinators  opted out");
            foreach (var group in people.GroupBy(p => p.Community).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Pad(group.Key, 22)} {group.Count(p => p.Role == RosterRole.Volunteer),10}  {group.Count(p => p.Role == RosterRole.Assistant),10}  "
                    + $"{group.Count(p => p.Role == RosterRole.Coordinator),12}  {group.Count(p => p.Consent == ConsentState.OptedOut),9}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildSynth(CommandContext context)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 20201101 };
        var volunteers = new Option<int>("--volunteers") { Description = "Volunteers per community.", DefaultValueFactory = _ => 12 };
        var assistants = new Option<int>("--assistants") { Description = "Disaster-reduction assistants per community.", DefaultValueFactory = _ => 2 };
        var output = new Option<string>("--out") { Description = "CSV to write.", Required = true, HelpName = "FILE.csv" };
        var command = new Command("synth", "Generate a sample roster for the district's communities (fake numbers, for the simulator only).")
        {
            seed, volunteers, assistants, output,
        };
        command.SetAction(parse =>
        {
            var model = DistrictLocator.Load(context, parse.GetValue(GlobalOptions.District));
            var streets = model.Streets.ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
            var communities = model.Communities
                .Select(c => new CommunityStreet(c.Name, streets.GetValueOrDefault(c.StreetCode, c.StreetCode)))
                .ToList();
            if (communities.Count == 0)
            {
                throw new UsageException("the district has no communities, and a roster is drawn up per community (an OpenStreetMap import has none)");
            }

            if (parse.GetValue(volunteers) < 1 || parse.GetValue(assistants) < 1)
            {
                throw new UsageException("--volunteers and --assistants must be at least 1");
            }

            var options = new RosterSynthesisOptions(VolunteersPerCommunity: parse.GetValue(volunteers), AssistantsPerCommunity: parse.GetValue(assistants));
            var people = RosterSynthesizer.Generate(communities, parse.GetValue(seed), options);
            var path = parse.GetValue(output)!;
            var bytes = RosterCsvWriter.WriteUtf8WithBom(people);
            AtomicFile.Write(path, temp => File.WriteAllBytes(temp, bytes));
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {people.Count} people in {communities.Count} communities to {path}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Pads to a display width, counting CJK characters as two columns.</summary>
    internal static string Pad(string text, int width)
    {
        var columns = text.Sum(ch => ch >= 0x2E80 ? 2 : 1);
        return columns >= width ? text : text + new string(' ', width - columns);
    }
}
