using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace Seismic.Drills.Hangfire;

/// <summary>Builds the Hangfire storage an option names, with the drill scheduler's polling settings.</summary>
internal static class SchedulerStorageFactory
{
    public static JobStorage Create(DrillSchedulerOptions options)
    {
        SchedulerStorage storage = options.Storage;
        if (storage.Existing is not null)
        {
            return storage.Existing;
        }

        if (storage.SqlitePath is not null)
        {
            string path = Path.GetFullPath(storage.SqlitePath);
            string? folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return new SQLiteStorage(path, new SQLiteStorageOptions
            {
                QueuePollInterval = options.QueuePollInterval,
                // WAL lets the dashboard read while workers write.
                JournalMode = SQLiteStorageOptions.JournalModes.WAL,
            });
        }

        var postgres = new PostgreSqlStorageOptions
        {
            SchemaName = storage.PostgresSchema,
            QueuePollInterval = options.QueuePollInterval,
            PrepareSchemaIfNecessary = true,
            // Jobs may run past the invisibility timeout; sliding it avoids a second start of a long dispatch.
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.PostgresConnectionString!, postgres), postgres);
    }
}
