using Hangfire;

namespace Seismic.Drills.Hangfire;

/// <summary>
/// Where the scheduler keeps its jobs: a SQLite file (embedded default; scheduled drills survive a restart), a
/// PostgreSQL database shared by several worker processes (scale-out), or a storage built by the caller (tests).
/// </summary>
public sealed class SchedulerStorage
{
    private SchedulerStorage(string? sqlitePath, string? postgresConnectionString, string postgresSchema, JobStorage? existing)
    {
        SqlitePath = sqlitePath;
        PostgresConnectionString = postgresConnectionString;
        PostgresSchema = postgresSchema;
        Existing = existing;
    }

    /// <summary>The default file name next to the district data: <c>scheduler.sqlite</c>.</summary>
    public const string DefaultFileName = "scheduler.sqlite";

    /// <summary>The SQLite file, when this is a SQLite storage.</summary>
    public string? SqlitePath { get; }

    /// <summary>The PostgreSQL connection string, when this is a PostgreSQL storage.</summary>
    public string? PostgresConnectionString { get; }

    /// <summary>The PostgreSQL schema holding Hangfire's tables.</summary>
    public string PostgresSchema { get; }

    /// <summary>A storage built by the caller, when neither SQLite nor PostgreSQL.</summary>
    public JobStorage? Existing { get; }

    /// <summary>Hangfire.Storage.SQLite on one file (one machine; the file's folder is created).</summary>
    /// <param name="path">The file, e.g. <c>scheduler.sqlite</c> beside the district data.</param>
    /// <returns>The storage choice.</returns>
    public static SchedulerStorage Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SchedulerStorage(path, null, "hangfire", null);
    }

    /// <summary>Hangfire.PostgreSql: several servers on several machines share the database.</summary>
    /// <param name="connectionString">A Npgsql connection string.</param>
    /// <param name="schema">The schema for Hangfire's tables (created when missing).</param>
    /// <returns>The storage choice.</returns>
    public static SchedulerStorage Postgres(string connectionString, string schema = "hangfire")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        return new SchedulerStorage(null, connectionString, schema, null);
    }

    /// <summary>A storage the caller built (e.g. Hangfire.InMemory in tests); the caller owns it.</summary>
    /// <param name="storage">The storage.</param>
    /// <returns>The storage choice.</returns>
    public static SchedulerStorage Use(JobStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return new SchedulerStorage(null, null, "hangfire", storage);
    }

    /// <inheritdoc />
    public override string ToString() =>
        SqlitePath is not null ? "sqlite:" + SqlitePath
        : PostgresConnectionString is not null ? "postgresql schema " + PostgresSchema
        : "custom " + Existing;
}
