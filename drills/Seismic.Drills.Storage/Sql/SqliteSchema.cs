namespace Seismic.Drills.Storage.Sql;

/// <summary>The SQLite schema scripts, one array per version. Instants are UTC ticks (INTEGER).</summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string[]> Scripts =
    [
        [
            """
            CREATE TABLE roster_person (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('Volunteer', 'Assistant', 'Coordinator')),
                community TEXT NOT NULL,
                street TEXT NOT NULL,
                phone_e164 TEXT NOT NULL UNIQUE CHECK (phone_e164 LIKE '+%'),
                language TEXT NOT NULL,
                skills TEXT NOT NULL,
                availability TEXT NOT NULL,
                consent TEXT NOT NULL CHECK (consent IN ('OptedIn', 'OptedOut')))
            """,
            "CREATE INDEX ix_roster_person_community ON roster_person (community)",
            """
            CREATE TABLE consent_change (
                seq INTEGER PRIMARY KEY,
                person_id TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('OptedIn', 'OptedOut')),
                at INTEGER NOT NULL,
                source TEXT NOT NULL,
                UNIQUE (person_id, at, state, source))
            """,
            """
            CREATE TABLE drill_plan (
                id TEXT NOT NULL PRIMARY KEY,
                title TEXT NOT NULL,
                kind TEXT NOT NULL,
                starts_at INTEGER NOT NULL,
                scenario TEXT NOT NULL,
                cron TEXT NULL,
                escalate_after_ticks INTEGER NOT NULL,
                communities TEXT NOT NULL,
                injects TEXT NOT NULL,
                objectives TEXT NOT NULL,
                routes TEXT NOT NULL)
            """,
            """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                idempotency_key TEXT NOT NULL UNIQUE,
                dispatch_id TEXT NOT NULL,
                person_id TEXT NOT NULL,
                recipient TEXT NOT NULL,
                body TEXT NOT NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                not_before INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                claimed_by TEXT NULL,
                lease_until INTEGER NULL,
                provider_sid TEXT NULL UNIQUE,
                sent_at INTEGER NULL,
                delivered_at INTEGER NULL,
                error_code TEXT NULL)
            """,
            "CREATE INDEX ix_outbox_due ON outbox (status, not_before) WHERE status IN ('Pending', 'Claimed')",
            "CREATE INDEX ix_outbox_dispatch ON outbox (dispatch_id, status)",
            "CREATE INDEX ix_outbox_recipient ON outbox (recipient, created_at)",
            """
            CREATE TABLE ack_token (
                token TEXT NOT NULL PRIMARY KEY,
                drill_id TEXT NOT NULL,
                person_id TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                UNIQUE (drill_id, person_id))
            """,
            """
            CREATE TABLE ack (
                seq INTEGER PRIMARY KEY,
                drill_id TEXT NOT NULL,
                person_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                channel TEXT NOT NULL,
                at INTEGER NOT NULL,
                text TEXT NULL,
                text_key TEXT NOT NULL,
                UNIQUE (drill_id, person_id, kind, channel, text_key))
            """,
            "CREATE INDEX ix_ack_drill ON ack (drill_id, at)",
        ],
    ];
}
