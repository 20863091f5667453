using System.Data.Common;
using System.Globalization;

namespace Seismic.Drills.Storage.Sql;

/// <summary>
/// Applies numbered schema scripts inside the caller's write transaction and records the version reached in
/// <c>schema_version</c>. Running it again is a no-op; a database written by a newer release is refused.
/// </summary>
internal static class SchemaMigrator
{
    public static void Run(DbConnection connection, DbTransaction transaction, IReadOnlyList<string[]> scripts, string where)
    {
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        long current;
        using (DbCommand read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT MAX(version) FROM schema_version";
            object? value = read.ExecuteScalar();
            current = value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        if (current > scripts.Count)
        {
            throw new DrillsStorageException(
                $"{where}: schema version {current} is newer than this release understands ({scripts.Count}); upgrade Seismic.");
        }

        for (long version = current + 1; version <= scripts.Count; version++)
        {
            foreach (string statement in scripts[(int)version - 1])
            {
                Execute(connection, transaction, statement);
            }

            Execute(connection, transaction, "DELETE FROM schema_version");
            Execute(connection, transaction, "INSERT INTO schema_version (version) VALUES (" + version.ToString(CultureInfo.InvariantCulture) + ")");
        }
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
