using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Storage.Sql;

/// <summary>
/// The outbox on SQLite or PostgreSQL. Every state change is one conditional UPDATE whose WHERE clause states the
/// transition it allows (e.g. only the claim holder may record a send), so a lost race shows as zero rows changed.
/// </summary>
internal sealed class SqlOutboxStore(SqlDialect dialect) : IOutboxStore
{
    private const string Columns =
        "id, idempotency_key, dispatch_id, person_id, recipient, body, kind, status, attempts, not_before, created_at, "
        + "claimed_by, lease_until, provider_sid, sent_at, delivered_at, error_code";

    private const string Due =
        "((status = 'Pending' AND not_before <= @now) OR (status = 'Claimed' AND lease_until <= @now))";

    public async Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return 0;
        }

        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        int inserted = 0;
        int chunk = dialect.RowsPerInsert;
        for (int first = 0; first < messages.Count; first += chunk)
        {
            int count = Math.Min(chunk, messages.Count - first);
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(
                "INSERT INTO outbox (idempotency_key, dispatch_id, person_id, recipient, body, kind, status, attempts, not_before, created_at) VALUES ");
            for (int i = 0; i < count; i++)
            {
                OutboxMessage m = messages[first + i];
                string n = i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? "(" : ", (")
                    .Append("@k").Append(n).Append(", @d").Append(n).Append(", @p").Append(n).Append(", @t").Append(n)
                    .Append(", @b").Append(n).Append(", @i").Append(n).Append(", 'Pending', 0, @n").Append(n).Append(", @c").Append(n).Append(')');
                SqlDialect.Add(command, "@k" + n, m.IdempotencyKey, DbType.String);
                SqlDialect.Add(command, "@d" + n, m.DispatchId, DbType.String);
                SqlDialect.Add(command, "@p" + n, m.PersonId, DbType.String);
                SqlDialect.Add(command, "@t" + n, m.To, DbType.String);
                SqlDialect.Add(command, "@b" + n, m.Body, DbType.String);
                SqlDialect.Add(command, "@i" + n, m.Kind.ToString(), DbType.String);
                dialect.AddTime(command, "@n" + n, m.NotBefore);
                dialect.AddTime(command, "@c" + n, m.CreatedAt);
            }

            sql.Append(" ON CONFLICT (idempotency_key) DO NOTHING");
            command.CommandText = sql.ToString();
            inserted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        string? dispatchId, string workerId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        List<OutboxMessage> claimed = await WriteAsync(
            async (connection, transaction) =>
            {
                var rows = new List<OutboxMessage>();
                await using DbCommand command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"""
                    UPDATE outbox SET status = 'Claimed', claimed_by = @worker, lease_until = @lease, attempts = attempts + 1
                    WHERE id IN (
                        SELECT id FROM outbox WHERE {Due}{(dispatchId is null ? string.Empty : " AND dispatch_id = @dispatch")}
                        ORDER BY id LIMIT @max{dialect.LockForClaim})
                    RETURNING {Columns}
                    """;
                SqlDialect.Add(command, "@worker", workerId, DbType.String);
                dialect.AddTime(command, "@lease", now + lease);
                dialect.AddTime(command, "@now", now);
                SqlDialect.Add(command, "@max", max, DbType.Int32);
                if (dispatchId is not null)
                {
                    SqlDialect.Add(command, "@dispatch", dispatchId, DbType.String);
                }

                await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(Read(reader));
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);
        claimed.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return claimed;
    }

    public async Task<bool> MarkSentAsync(long id, string workerId, string providerSid, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentException.ThrowIfNullOrEmpty(providerSid);
        int changed = await ExecuteAsync(
            """
            UPDATE outbox SET status = 'Sent', provider_sid = @sid, sent_at = @at, lease_until = NULL
            WHERE id = @id AND status = 'Claimed' AND claimed_by = @worker
            """,
            c =>
            {
                SqlDialect.Add(c, "@id", id, DbType.Int64);
                SqlDialect.Add(c, "@worker", workerId, DbType.String);
                SqlDialect.Add(c, "@sid", providerSid, DbType.String);
                dialect.AddTime(c, "@at", at);
            },
            cancellationToken).ConfigureAwait(false);
        if (changed == 1)
        {
            return true;
        }

        // Recording the same send again (a retried call) is still the holder's success.
        OutboxMessage? row = await FindAsync("id = @id", c => SqlDialect.Add(c, "@id", id, DbType.Int64), cancellationToken).ConfigureAwait(false);
        return row is not null && row.ClaimedBy == workerId && row.ProviderSid == providerSid;
    }

    public async Task<bool> ReleaseForRetryAsync(
        long id, string workerId, DateTimeOffset retryAt, string? errorCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        int changed = await ExecuteAsync(
            """
            UPDATE outbox SET status = 'Pending', not_before = @retryAt, error_code = @error, lease_until = NULL
            WHERE id = @id AND status = 'Claimed' AND claimed_by = @worker
            """,
            c =>
            {
                SqlDialect.Add(c, "@id", id, DbType.Int64);
                SqlDialect.Add(c, "@worker", workerId, DbType.String);
                dialect.AddTime(c, "@retryAt", retryAt);
                SqlDialect.Add(c, "@error", errorCode, DbType.String);
            },
            cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    public async Task<bool> CompleteAsync(
        long id, string? workerId, OutboxStatus status, string? errorCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (status is not (OutboxStatus.Failed or OutboxStatus.Suppressed))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "only Failed or Suppressed end a row without sending");
        }

        string holder = workerId is null ? "status = 'Pending'" : "status = 'Claimed' AND claimed_by = @worker";
        int changed = await ExecuteAsync(
            $"""
            UPDATE outbox SET status = @status, error_code = @error, delivered_at = @at, lease_until = NULL
            WHERE id = @id AND {holder}
            """,
            c =>
            {
                SqlDialect.Add(c, "@id", id, DbType.Int64);
                SqlDialect.Add(c, "@status", status.ToString(), DbType.String);
                SqlDialect.Add(c, "@error", errorCode, DbType.String);
                dialect.AddTime(c, "@at", at);
                if (workerId is not null)
                {
                    SqlDialect.Add(c, "@worker", workerId, DbType.String);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    public async Task<OutboxMessage?> ApplyDeliveryStatusAsync(
        string providerSid, OutboxStatus status, string? errorCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(providerSid);
        if (status is not (OutboxStatus.Sent or OutboxStatus.Delivered or OutboxStatus.Undelivered or OutboxStatus.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "a delivery callback reports Sent, Delivered, Undelivered or Failed");
        }

        if (status != OutboxStatus.Sent)
        {
            // Only Sent moves on, once: a final state never changes and a repeated callback matches no row.
            await ExecuteAsync(
                """
                UPDATE outbox SET status = @status, error_code = COALESCE(@error, error_code), delivered_at = @at
                WHERE provider_sid = @sid AND status = 'Sent'
                """,
                c =>
                {
                    SqlDialect.Add(c, "@sid", providerSid, DbType.String);
                    SqlDialect.Add(c, "@status", status.ToString(), DbType.String);
                    SqlDialect.Add(c, "@error", errorCode, DbType.String);
                    dialect.AddTime(c, "@at", at);
                },
                cancellationToken).ConfigureAwait(false);
        }

        return await FindBySidAsync(providerSid, cancellationToken).ConfigureAwait(false);
    }

    public Task<OutboxMessage?> FindBySidAsync(string providerSid, CancellationToken cancellationToken = default) =>
        FindAsync("provider_sid = @sid", c => SqlDialect.Add(c, "@sid", providerSid, DbType.String), cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ListAsync(string dispatchIdOrPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dispatchIdOrPrefix);
        string where = dispatchIdOrPrefix.EndsWith('/') ? dialect.StartsWith("dispatch_id", "@d") : "dispatch_id = @d";
        return QueryAsync(where + " ORDER BY id", c => SqlDialect.Add(c, "@d", dispatchIdOrPrefix, DbType.String), cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ListToAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        QueryAsync(
            "recipient = @to AND COALESCE(sent_at, created_at) >= @since ORDER BY id",
            c =>
            {
                SqlDialect.Add(c, "@to", recipient, DbType.String);
                dialect.AddTime(c, "@since", since);
            },
            cancellationToken);

    private Task<int> ExecuteAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken) =>
        WriteAsync(
            async (connection, transaction) =>
            {
                await using DbCommand command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                bind(command);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Runs one write statement on its own connection, in a write transaction where the dialect wants one.</summary>
    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!dialect.WrapSingleStatements)
        {
            return await work(connection, null).ConfigureAwait(false);
        }

        await using DbTransaction transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        T result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<OutboxMessage?> FindAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxMessage> rows = await QueryAsync(where, bind, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<IReadOnlyList<OutboxMessage>> QueryAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT " + Columns + " FROM outbox WHERE " + where;
        bind(command);
        var result = new List<OutboxMessage>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    private OutboxMessage Read(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        Enum.Parse<InjectKind>(r.GetString(6)),
        Enum.Parse<OutboxStatus>(r.GetString(7)),
        r.GetInt32(8),
        dialect.ReadTime(r, 9),
        dialect.ReadTime(r, 10),
        r.IsDBNull(11) ? null : r.GetString(11),
        r.IsDBNull(12) ? null : dialect.ReadTime(r, 12),
        r.IsDBNull(13) ? null : r.GetString(13),
        r.IsDBNull(14) ? null : dialect.ReadTime(r, 14),
        r.IsDBNull(15) ? null : dialect.ReadTime(r, 15),
        r.IsDBNull(16) ? null : r.GetString(16));
}
