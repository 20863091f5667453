using System.Text.RegularExpressions;
using Seismic.Drills.Acks;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;
using Seismic.Drills.Storage.Sql;

namespace Seismic.Drills.Storage;

/// <summary>
/// The four drill stores over one database, for callers without a service container (the <c>seismic</c> command).
/// Opening creates or upgrades the schema. The stores are thread-safe: every operation opens its own (pooled)
/// connection, and several processes may open the same file or database at once.
/// </summary>
public sealed partial class DrillsStorage : IDisposable
{
    private readonly SqlDialect _dialect;

    private DrillsStorage(SqlDialect dialect, string description)
    {
        _dialect = dialect;
        Description = description;
        Rosters = new SqlRosterStore(dialect);
        Drills = new SqlDrillStore(dialect);
        Outbox = new SqlOutboxStore(dialect);
        Acks = new SqlAckStore(dialect);
    }

    /// <summary>The roster store.</summary>
    public IRosterStore Rosters { get; }

    /// <summary>The drill plan store.</summary>
    public IDrillStore Drills { get; }

    /// <summary>The outbox.</summary>
    public IOutboxStore Outbox { get; }

    /// <summary>The acknowledgement store.</summary>
    public IAckStore Acks { get; }

    /// <summary>Where the data lives (the SQLite path, or the PostgreSQL host, database and schema), for messages.</summary>
    public string Description { get; }

    /// <summary>Opens (creating or upgrading) a SQLite file.</summary>
    /// <param name="path">The file, e.g. <c>drills.sqlite</c> next to the district data.</param>
    /// <returns>The stores.</returns>
    public static DrillsStorage OpenSqlite(string path) => Open(DrillsStorageOptions.Sqlite(path));

    /// <summary>Opens (creating or upgrading) a PostgreSQL schema.</summary>
    /// <param name="connectionString">A Npgsql connection string.</param>
    /// <param name="schema">The schema; created when missing.</param>
    /// <returns>The stores.</returns>
    public static DrillsStorage OpenPostgres(string connectionString, string schema = DrillsStorageOptions.DefaultSchema) =>
        Open(DrillsStorageOptions.Postgres(connectionString, schema));

    /// <summary>Opens the stores the options describe.</summary>
    /// <param name="options">SQLite path or PostgreSQL connection string.</param>
    /// <returns>The stores.</returns>
    /// <exception cref="DrillsStorageException">The options are inconsistent, or the database is from a newer release.</exception>
    public static DrillsStorage Open(DrillsStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool sqlite = !string.IsNullOrWhiteSpace(options.SqlitePath);
        bool postgres = !string.IsNullOrWhiteSpace(options.PostgresConnectionString);
        if (sqlite == postgres)
        {
            throw new DrillsStorageException("drill storage: set exactly one of SqlitePath and PostgresConnectionString");
        }

        if (options.BusyTimeout < TimeSpan.FromSeconds(1) || options.BusyTimeout > TimeSpan.FromMinutes(10))
        {
            throw new DrillsStorageException($"drill storage: BusyTimeout {options.BusyTimeout} is outside 1 s to 10 min");
        }

        SqlDialect dialect;
        string description;
        if (sqlite)
        {
            dialect = new SqliteDialect(options.SqlitePath!, options.BusyTimeout);
            description = Path.GetFullPath(options.SqlitePath!);
        }
        else
        {
            if (!SchemaName().IsMatch(options.PostgresSchema))
            {
                throw new DrillsStorageException(
                    $"drill storage: PostgreSQL schema '{options.PostgresSchema}' must be a plain identifier (lower-case letters, digits, underscore)");
            }

            var builder = new Npgsql.NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
            dialect = new PostgresDialect(options.PostgresConnectionString!, options.PostgresSchema);
            description = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database} schema {options.PostgresSchema}";
        }

        try
        {
            dialect.Migrate();
        }
        catch (Exception e) when (e is not DrillsStorageException)
        {
            dialect.Dispose();
            throw new DrillsStorageException($"{description}: cannot open the drill store: {e.Message}", e);
        }
        catch
        {
            dialect.Dispose();
            throw;
        }

        return new DrillsStorage(dialect, description);
    }

    /// <summary>Releases pooled connections.</summary>
    public void Dispose() => _dialect.Dispose();

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();
}
