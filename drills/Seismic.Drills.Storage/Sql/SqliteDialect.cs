using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Seismic.Drills.Storage.Sql;

/// <summary>
/// SQLite: one file shared by every process on the machine. WAL lets readers run beside the single writer; every write
/// is a <c>BEGIN IMMEDIATE</c> transaction so the write lock is taken up front (no lock upgrade that could fail with
/// SQLITE_BUSY_SNAPSHOT) and two processes never claim the same outbox row; busy_timeout makes a second writer wait.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;
    private readonly string _path;
    private readonly int _busyTimeoutMs;

    public SqliteDialect(string path, TimeSpan busyTimeout)
    {
        _path = Path.GetFullPath(path);
        _busyTimeoutMs = (int)busyTimeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds),
        }.ToString();
    }

    public override bool WrapSingleStatements => true;

    public override int RowsPerInsert => 1;

    public override string LockForClaim => string.Empty;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using SqliteCommand pragma = connection.CreateCommand();
            // Per connection: wait for the writer instead of failing; NORMAL sync is durable across process crashes in
            // WAL mode (a power cut may lose the last commits, which provider reconciliation covers).
            pragma.CommandText = FormattableString.Invariant($"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = NORMAL;");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override void AddTime(DbCommand command, string name, DateTimeOffset? value) =>
        Add(command, name, value is { } v ? ToUtcMicroseconds(v).Ticks : null, DbType.Int64);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(reader.GetInt64(ordinal), TimeSpan.Zero);

    public override void AddJson(DbCommand command, string name, string json) => Add(command, name, json, DbType.String);

    public override string StartsWith(string column, string parameter) =>
        $"substr({column}, 1, length({parameter})) = {parameter}";

    public override bool IsConstraintViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT

    public override void Migrate()
    {
        string? folder = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = (SqliteConnection)OpenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        using (SqliteCommand wal = connection.CreateCommand())
        {
            // Persistent per file; must run outside a transaction.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
        SchemaMigrator.Run(connection, transaction, SqliteSchema.Scripts, _path);
        transaction.Commit();
    }

    public override void Dispose()
    {
        // Pooled handles keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
