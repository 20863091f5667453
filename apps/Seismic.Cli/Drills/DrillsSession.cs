using System.CommandLine;
using Seismic.Cli.Infrastructure;
using Seismic.Drills;
using Seismic.Drills.Storage;

namespace Seismic.Cli.Drills;

/// <summary>The drills stores opened for one command, on SQLite beside the district or on PostgreSQL.</summary>
internal sealed class DrillsSession : IDisposable
{
    private readonly DrillsStorage storage;

    private DrillsSession(DrillsStorage storage, string? sqlitePath, string? postgres)
    {
        this.storage = storage;
        SqlitePath = sqlitePath;
        PostgresConnection = postgres;
        Stores = new DrillStores(storage.Rosters, storage.Drills, storage.Outbox, storage.Acks);
    }

    public DrillStores Stores { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The PostgreSQL connection string, or null on SQLite.</summary>
    public string? PostgresConnection { get; }

    /// <summary>What the stores are, for messages ("drills.sqlite at …", "PostgreSQL …").</summary>
    public string Description => storage.Description;

    /// <summary>Opens the stores the options name.</summary>
    public static DrillsSession Open(ParseResult parse, DrillsOptions options)
    {
        var postgres = options.PostgresConnection(parse);
        if (postgres is not null)
        {
            return new DrillsSession(Wrap(() => DrillsStorage.OpenPostgres(postgres)), null, postgres);
        }

        var path = parse.GetValue(options.Database)
                   ?? DrillsStorageOptions.SqlitePathNextTo(DistrictLocator.Resolve(parse.GetValue(GlobalOptions.District)));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new UsageException($"--drills-db {path}: folder {directory} does not exist");
        }

        return new DrillsSession(Wrap(() => DrillsStorage.OpenSqlite(path)), Path.GetFullPath(path), null);
    }

    /// <summary>Opens a SQLite file directly (tests, the demo).</summary>
    public static DrillsSession OpenSqlite(string path) => new(Wrap(() => DrillsStorage.OpenSqlite(path)), Path.GetFullPath(path), null);

    public void Dispose() => storage.Dispose();

    private static DrillsStorage Wrap(Func<DrillsStorage> open)
    {
        try
        {
            return open();
        }
        catch (DrillsStorageException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
