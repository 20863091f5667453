using System.Data;
using System.Data.Common;

namespace Seismic.Drills.Storage.Sql;

/// <summary>
/// What differs between the SQLite and PostgreSQL stores: connections, write transactions, how instants and JSON are
/// bound and read, the row-locking clause of a claim, and the schema. The store classes hold the shared SQL.
/// </summary>
internal abstract class SqlDialect : IDisposable
{
    /// <summary>Opens a new connection (one per operation; pooled by the driver).</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that holds the write lock from its first statement on.</summary>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a single write statement still runs in an explicit write transaction. SQLite: yes, so the write lock is
    /// taken up front like every other write. PostgreSQL: no — one statement is atomic on its own, and the BEGIN and
    /// COMMIT would double the round trips of every send record.
    /// </summary>
    public abstract bool WrapSingleStatements { get; }

    /// <summary>
    /// Outbox rows per INSERT statement. PostgreSQL: many, one round trip per chunk. SQLite runs in-process, where
    /// short statements are cheaper than binding thousands of named parameters.
    /// </summary>
    public abstract int RowsPerInsert { get; }

    /// <summary>Binds an instant (or null) as a UTC value truncated to whole microseconds.</summary>
    public abstract void AddTime(DbCommand command, string name, DateTimeOffset? value);

    /// <summary>Reads an instant written by <see cref="AddTime"/>.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Binds a JSON document.</summary>
    public abstract void AddJson(DbCommand command, string name, string json);

    /// <summary>The clause appended to the claim's row selection (PostgreSQL: skip rows another worker has locked).</summary>
    public abstract string LockForClaim { get; }

    /// <summary>A predicate "column starts with the parameter's text", exact (no pattern characters).</summary>
    public abstract string StartsWith(string column, string parameter);

    /// <summary>True when the failure is a unique or check constraint violation.</summary>
    public abstract bool IsConstraintViolation(DbException exception);

    /// <summary>Creates or upgrades the schema; safe to run from several processes at once.</summary>
    public abstract void Migrate();

    /// <inheritdoc />
    public abstract void Dispose();

    /// <summary>PostgreSQL keeps microseconds; truncating on both stores makes them return identical instants.</summary>
    protected static DateTime ToUtcMicroseconds(DateTimeOffset value)
    {
        long ticks = value.UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }

    /// <summary>Adds a typed parameter; null becomes DBNull.</summary>
    public static void Add(DbCommand command, string name, object? value, DbType type)
    {
        DbParameter p = command.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
