namespace Seismic.Drills.Storage;

/// <summary>
/// Where the drill stores live: a SQLite file (the embedded default, next to the district data) or a PostgreSQL
/// database (scale-out: several worker processes on several machines). Exactly one of
/// <see cref="SqlitePath"/> and <see cref="PostgresConnectionString"/> is set.
/// </summary>
public sealed class DrillsStorageOptions
{
    /// <summary>The file name used next to the district data: <c>drills.sqlite</c>.</summary>
    public const string DefaultFileName = "drills.sqlite";

    /// <summary>The default PostgreSQL schema: <c>seismic_drills</c>.</summary>
    public const string DefaultSchema = "seismic_drills";

    /// <summary>The SQLite file; created with its folder when missing.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>A Npgsql connection string (its search path is replaced by <see cref="PostgresSchema"/>).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The PostgreSQL schema holding the tables; a plain identifier (letters, digits, underscore).</summary>
    public string PostgresSchema { get; set; } = DefaultSchema;

    /// <summary>How long a SQLite writer waits for another process's write lock before failing; 1 s to 10 min.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Options for a SQLite file.</summary>
    /// <param name="path">The file, e.g. <see cref="SqlitePathNextTo"/> of the district GeoPackage.</param>
    /// <returns>The options.</returns>
    public static DrillsStorageOptions Sqlite(string path) => new() { SqlitePath = path };

    /// <summary>Options for a PostgreSQL database.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="schema">The schema (default <see cref="DefaultSchema"/>).</param>
    /// <returns>The options.</returns>
    public static DrillsStorageOptions Postgres(string connectionString, string schema = DefaultSchema) =>
        new() { PostgresConnectionString = connectionString, PostgresSchema = schema };

    /// <summary>The drills file beside a district file: <c>{folder of districtFile}/drills.sqlite</c>.</summary>
    /// <param name="districtFile">The district GeoPackage (or any file in the district's folder).</param>
    /// <returns>The path.</returns>
    public static string SqlitePathNextTo(string districtFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(districtFile);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(districtFile)) ?? ".", DefaultFileName);
    }
}
