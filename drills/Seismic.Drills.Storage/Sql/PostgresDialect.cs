using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Seismic.Drills.Storage.Sql;

/// <summary>
/// PostgreSQL: several worker processes on several machines share one database. Claims lock rows with
/// <c>FOR UPDATE SKIP LOCKED</c> so concurrent workers take disjoint rows without waiting on each other; every store
/// table lives in one schema (the connection's search_path), which lets tests isolate themselves.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    // An arbitrary constant: the advisory lock that serialises schema creation across processes.
    private const long MigrationLockKey = 0x5e15_3d71_11a5;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _bootstrap;
    private readonly string _schema;

    public PostgresDialect(string connectionString, string schema)
    {
        _schema = schema;
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        _dataSource = NpgsqlDataSource.Create(builder);
        _bootstrap = NpgsqlDataSource.Create(connectionString);
    }

    public override bool WrapSingleStatements => false;

    // 8 parameters a row: 250 rows stay far below PostgreSQL's 65,535 parameter limit.
    public override int RowsPerInsert => 250;

    public override string LockForClaim => " FOR UPDATE SKIP LOCKED";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

    public override void AddTime(DbCommand command, string name, DateTimeOffset? value)
    {
        var p = new NpgsqlParameter(name, NpgsqlDbType.TimestampTz)
        {
            Value = value is { } v ? ToUtcMicroseconds(v) : DBNull.Value,
        };
        command.Parameters.Add(p);
    }

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal), DateTimeKind.Utc));

    public override void AddJson(DbCommand command, string name, string json) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json });

    public override string StartsWith(string column, string parameter) => $"starts_with({column}, {parameter})";

    public override bool IsConstraintViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation };

    public override void Migrate()
    {
        using NpgsqlConnection connection = _bootstrap.OpenConnection();
        using NpgsqlTransaction transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            command.Parameters.AddWithValue("key", MigrationLockKey);
            command.ExecuteNonQuery();
        }

        // The schema name was checked to be a plain identifier, so quoting it is enough.
        using (var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{_schema}\"; SET LOCAL search_path TO \"{_schema}\"", connection, transaction))
        {
            command.ExecuteNonQuery();
        }

        SchemaMigrator.Run(connection, transaction, PostgresSchema.Scripts, $"PostgreSQL schema {_schema}");
        transaction.Commit();
    }

    public override void Dispose()
    {
        _dataSource.Dispose();
        _bootstrap.Dispose();
    }
}
