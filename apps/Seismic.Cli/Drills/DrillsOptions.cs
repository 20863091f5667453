using System.CommandLine;

namespace Seismic.Cli.Drills;

/// <summary>Where the drills data lives: a SQLite file beside the district (default) or a shared PostgreSQL database.</summary>
internal sealed class DrillsOptions
{
    /// <summary>Environment variable naming the PostgreSQL connection string when <c>--postgres</c> is not given.</summary>
    public const string PostgresVariable = "SEISMIC_POSTGRES";

    public Option<string?> Database { get; } = new("--drills-db")
    {
        Description = "SQLite file for rosters, drills, the outbox and the scheduler (default: drills.sqlite beside the district).",
        HelpName = "FILE",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"PostgreSQL connection string: rosters, drills, outbox and scheduler in one database shared by several workers (default: ${PostgresVariable}).",
        HelpName = "CONN",
    };

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Postgres);
    }

    /// <summary>The PostgreSQL connection string chosen, or null for SQLite.</summary>
    public string? PostgresConnection(ParseResult parse)
    {
        var given = parse.GetValue(Postgres);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(PostgresVariable);
        return parse.GetValue(Database) is null && !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment : null;
    }
}
