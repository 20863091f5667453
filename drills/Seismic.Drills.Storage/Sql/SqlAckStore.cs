using System.Data;
using System.Data.Common;
using Seismic.Drills.Acks;

namespace Seismic.Drills.Storage.Sql;

/// <summary>
/// Acknowledgement tokens and the answer log. An answer equal to one already stored for the person (same kind,
/// channel, text and time) is a redelivery — a retried webhook — and is stored once; since it keeps its original
/// time, a redelivered old "safe" never becomes the latest answer over a "need help" given in between.
/// </summary>
internal sealed class SqlAckStore(SqlDialect dialect) : IAckStore
{
    public async Task AddTokensAsync(IReadOnlyList<AckToken> tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (AckToken token in tokens)
        {
            // Conflict only on the pair: a (vanishingly unlikely) clash of token strings must fail, not pass silently.
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO ack_token (token, drill_id, person_id, created_at) VALUES (@token, @drill, @person, @at)
                ON CONFLICT (drill_id, person_id) DO NOTHING
                """;
            SqlDialect.Add(command, "@token", token.Token, DbType.String);
            SqlDialect.Add(command, "@drill", token.DrillId, DbType.String);
            SqlDialect.Add(command, "@person", token.PersonId, DbType.String);
            dialect.AddTime(command, "@at", token.CreatedAt);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<AckToken?> TokenForAsync(string drillId, string personId, CancellationToken cancellationToken = default) =>
        FindTokenAsync(
            "drill_id = @drill AND person_id = @person",
            c =>
            {
                SqlDialect.Add(c, "@drill", drillId, DbType.String);
                SqlDialect.Add(c, "@person", personId, DbType.String);
            },
            cancellationToken);

    public Task<AckToken?> FindTokenAsync(string token, CancellationToken cancellationToken = default) =>
        FindTokenAsync("token = @token", c => SqlDialect.Add(c, "@token", token, DbType.String), cancellationToken);

    public async Task<bool> RecordAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        int inserted;
        await using (DbCommand command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO ack (drill_id, person_id, kind, channel, at, text, text_key)
                VALUES (@drill, @person, @kind, @channel, @at, @text, @key)
                ON CONFLICT (drill_id, person_id, kind, channel, text_key) DO NOTHING
                """;
            SqlDialect.Add(command, "@drill", acknowledgement.DrillId, DbType.String);
            SqlDialect.Add(command, "@person", acknowledgement.PersonId, DbType.String);
            SqlDialect.Add(command, "@kind", acknowledgement.Kind.ToString(), DbType.String);
            SqlDialect.Add(command, "@channel", acknowledgement.Channel.ToString(), DbType.String);
            dialect.AddTime(command, "@at", acknowledgement.At);
            SqlDialect.Add(command, "@text", acknowledgement.Text, DbType.String);
            // The same reply delivered twice (a webhook retry) is one answer; the same words sent again later — "1" to the
            // announcement, then "1" to the alarm — are two, and only the second counts for the alarm.
            SqlDialect.Add(command, "@key", (acknowledgement.Text?.Trim() ?? string.Empty) + "@" + acknowledgement.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), DbType.String);
            inserted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<IReadOnlyList<Acknowledgement>> ListAsync(string drillId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT drill_id, person_id, kind, channel, at, text FROM ack WHERE drill_id = @drill ORDER BY at, seq";
        SqlDialect.Add(command, "@drill", drillId, DbType.String);
        var result = new List<Acknowledgement>();
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new Acknowledgement(
                r.GetString(0),
                r.GetString(1),
                Enum.Parse<AckKind>(r.GetString(2)),
                Enum.Parse<AckChannel>(r.GetString(3)),
                dialect.ReadTime(r, 4),
                r.IsDBNull(5) ? null : r.GetString(5)));
        }

        return result;
    }

    private async Task<AckToken?> FindTokenAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT token, drill_id, person_id, created_at FROM ack_token WHERE " + where;
        bind(command);
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new AckToken(r.GetString(0), r.GetString(1), r.GetString(2), dialect.ReadTime(r, 3))
            : null;
    }
}
