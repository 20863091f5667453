using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Storage.Sql;

/// <summary>The roster on SQLite or PostgreSQL: people plus an append-only consent history.</summary>
internal sealed class SqlRosterStore(SqlDialect dialect) : IRosterStore
{
    private const string Columns = "id, name, role, community, street, phone_e164, language, skills, availability, consent";

    public async Task<int> ImportAsync(IReadOnlyList<RosterPerson> people, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        int changed = 0;
        for (int i = 0; i < people.Count; i++)
        {
            RosterPerson person = people[i];
            try
            {
                RosterPerson? stored = await FindAsync(connection, transaction, "id", person.Id, cancellationToken).ConfigureAwait(false);
                if (stored is not null && SameFields(stored, person))
                {
                    continue;
                }

                await UpsertAsync(connection, transaction, person, cancellationToken).ConfigureAwait(false);
                if (stored is null || stored.Consent != person.Consent)
                {
                    await AddChangeAsync(connection, transaction, new ConsentChange(person.Id, person.Consent, at, "import"), cancellationToken)
                        .ConfigureAwait(false);
                }

                changed++;
            }
            catch (DbException e) when (dialect.IsConstraintViolation(e))
            {
                // The whole import rolls back with the transaction's disposal; name the offending row.
                throw new DrillsStorageException(
                    string.Create(CultureInfo.InvariantCulture, $"roster row {i + 1} (id {person.Id}, phone {person.PhoneE164}) violates a constraint: {e.Message}"),
                    e);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    public async Task<IReadOnlyList<RosterPerson>> ListAsync(
        IReadOnlyCollection<string>? communities = null, IReadOnlyCollection<RosterRole>? roles = null, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT " + Columns + " FROM roster_person WHERE 1 = 1");
        if (communities is { Count: > 0 })
        {
            sql.Append(" AND community IN (");
            int n = 0;
            foreach (string community in communities)
            {
                string name = "@c" + n.ToString(CultureInfo.InvariantCulture);
                sql.Append(n++ == 0 ? name : ", " + name);
                SqlDialect.Add(command, name, community, DbType.String);
            }

            sql.Append(')');
        }

        if (roles is { Count: > 0 })
        {
            sql.Append(" AND role IN (");
            int n = 0;
            foreach (RosterRole role in roles)
            {
                string name = "@r" + n.ToString(CultureInfo.InvariantCulture);
                sql.Append(n++ == 0 ? name : ", " + name);
                SqlDialect.Add(command, name, role.ToString(), DbType.String);
            }

            sql.Append(')');
        }

        sql.Append(" ORDER BY id");
        command.CommandText = sql.ToString();
        var result = new List<RosterPerson>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    public async Task<RosterPerson?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, "id", id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RosterPerson?> FindByPhoneAsync(string phoneE164, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, "phone_e164", phoneE164, cancellationToken).ConfigureAwait(false);
    }

    public async Task SetConsentAsync(ConsentChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (await FindAsync(connection, transaction, "id", change.PersonId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new DrillsStorageException($"consent change for unknown roster person {change.PersonId}");
        }

        await AddChangeAsync(connection, transaction, change, cancellationToken).ConfigureAwait(false);
        await using (DbCommand command = connection.CreateCommand())
        {
            // The newest entry of the history is the current state, whatever order the changes arrive in.
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE roster_person SET consent = (
                    SELECT state FROM consent_change WHERE person_id = @id ORDER BY at DESC, seq DESC LIMIT 1)
                WHERE id = @id
                """;
            SqlDialect.Add(command, "@id", change.PersonId, DbType.String);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ConsentChange>> ConsentHistoryAsync(string personId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT person_id, state, at, source FROM consent_change WHERE person_id = @id ORDER BY at, seq";
        SqlDialect.Add(command, "@id", personId, DbType.String);
        var result = new List<ConsentChange>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ConsentChange(
                reader.GetString(0), Enum.Parse<ConsentState>(reader.GetString(1)), dialect.ReadTime(reader, 2), reader.GetString(3)));
        }

        return result;
    }

    private static async Task<RosterPerson?> FindAsync(
        DbConnection connection, DbTransaction? transaction, string column, string value, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT " + Columns + " FROM roster_person WHERE " + column + " = @v";
        SqlDialect.Add(command, "@v", value, DbType.String);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private async Task UpsertAsync(DbConnection connection, DbTransaction transaction, RosterPerson p, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO roster_person (id, name, role, community, street, phone_e164, language, skills, availability, consent)
            VALUES (@id, @name, @role, @community, @street, @phone, @language, @skills, @availability, @consent)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, role = excluded.role, community = excluded.community, street = excluded.street,
                phone_e164 = excluded.phone_e164, language = excluded.language, skills = excluded.skills,
                availability = excluded.availability, consent = excluded.consent
            """;
        SqlDialect.Add(command, "@id", p.Id, DbType.String);
        SqlDialect.Add(command, "@name", p.Name, DbType.String);
        SqlDialect.Add(command, "@role", p.Role.ToString(), DbType.String);
        SqlDialect.Add(command, "@community", p.Community, DbType.String);
        SqlDialect.Add(command, "@street", p.Street, DbType.String);
        SqlDialect.Add(command, "@phone", p.PhoneE164, DbType.String);
        SqlDialect.Add(command, "@language", p.Language, DbType.String);
        dialect.AddJson(command, "@skills", Json.Write(p.Skills));
        SqlDialect.Add(command, "@availability", p.Availability, DbType.String);
        SqlDialect.Add(command, "@consent", p.Consent.ToString(), DbType.String);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task AddChangeAsync(DbConnection connection, DbTransaction transaction, ConsentChange change, CancellationToken cancellationToken)
    {
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO consent_change (person_id, state, at, source) VALUES (@id, @state, @at, @source)
            ON CONFLICT (person_id, at, state, source) DO NOTHING
            """;
        SqlDialect.Add(command, "@id", change.PersonId, DbType.String);
        SqlDialect.Add(command, "@state", change.State.ToString(), DbType.String);
        dialect.AddTime(command, "@at", change.At);
        SqlDialect.Add(command, "@source", change.Source, DbType.String);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool SameFields(RosterPerson a, RosterPerson b) =>
        a.Name == b.Name && a.Role == b.Role && a.Community == b.Community && a.Street == b.Street && a.PhoneE164 == b.PhoneE164
        && a.Language == b.Language && a.Skills.SequenceEqual(b.Skills) && a.Availability == b.Availability && a.Consent == b.Consent;

    private static RosterPerson Read(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        Enum.Parse<RosterRole>(r.GetString(2)),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetString(6),
        Json.Read<string[]>(r.GetString(7)),
        r.GetString(8),
        Enum.Parse<ConsentState>(r.GetString(9)));
}
