import type { SqlDatabase } from './sql-client.js';

/** One schema change. Never edit one that has shipped: add the next number. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema, in order. Each runs once per database, inside the same transaction as its bookkeeping. */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'shortcuts',
    sql: `
      CREATE TABLE shortcuts (
        person     text    NOT NULL,
        position   integer NOT NULL,
        clinic     text    NOT NULL,
        service_id text    NOT NULL,
        PRIMARY KEY (person, position),
        UNIQUE (person, clinic, service_id)
      );`,
  },
  {
    version: 2,
    name: 'access_log',
    sql: `
      CREATE TABLE access_log (
        id       bigserial   PRIMARY KEY,
        at       timestamptz NOT NULL,
        actor    text        NOT NULL,
        role     text        NOT NULL CHECK (role IN ('patient', 'guardian', 'staff')),
        subject  text        NOT NULL,
        action   text        NOT NULL CHECK (action IN ('read', 'write')),
        resource text        NOT NULL
      );
      CREATE INDEX access_log_subject ON access_log (subject, id DESC);
      CREATE INDEX access_log_actor ON access_log (actor, id DESC);`,
  },
  {
    version: 3,
    name: 'bookings',
    sql: `
    CREATE TABLE bookings (
      id              text    PRIMARY KEY,
      person          text    NOT NULL,
      slot_id         text    NOT NULL,
      clinic          text    NOT NULL,
      profession      text    NOT NULL,
      visit_type      text    NOT NULL,
      start_at        text    NOT NULL, -- ISO 8601 as given; compared as start_at::timestamptz
      end_at          text    NOT NULL,
      status          text    NOT NULL,
      assessment_id   text,
      created_at      text    NOT NULL,
      cancelled_at    text,
      revision        integer NOT NULL,
      idempotency_key text
    );
    -- One booked record per slot: the database itself refuses a double booking.
    CREATE UNIQUE INDEX bookings_slot_held ON bookings (slot_id) WHERE status = 'booked';
    CREATE UNIQUE INDEX bookings_idempotency ON bookings (person, idempotency_key) WHERE idempotency_key IS NOT NULL;
    CREATE INDEX bookings_person ON bookings (person, start_at);
    CREATE INDEX bookings_clinic_start ON bookings (clinic, start_at) WHERE status = 'booked';`,
  },
  {
    version: 4,
    name: 'conversations',
    sql: `
    CREATE TABLE conversations (
      id         text    PRIMARY KEY,
      owner      text    NOT NULL,
      clinic     text    NOT NULL,
      profession text    NOT NULL,
      status     text    NOT NULL,
      created_at text    NOT NULL, -- ISO 8601 UTC as given
      last_seq   integer NOT NULL DEFAULT 0,
      record     jsonb   NOT NULL
    );
    CREATE INDEX conversations_queue ON conversations (clinic, status, profession, created_at);
    CREATE INDEX conversations_owner ON conversations (owner);
    CREATE TABLE chat_events (
      conversation_id text    NOT NULL REFERENCES conversations (id),
      seq             integer NOT NULL,
      idempotency_key text,
      event           jsonb   NOT NULL,
      PRIMARY KEY (conversation_id, seq)
    );
    CREATE UNIQUE INDEX chat_events_idempotency ON chat_events (conversation_id, idempotency_key) WHERE idempotency_key IS NOT NULL;`,
  },
  {
    version: 5,
    name: 'attachments',
    sql: `
      CREATE TABLE attachments (
        id           text    PRIMARY KEY,
        owner        text    NOT NULL,
        content_type text    NOT NULL,
        title        text    NOT NULL,
        size         integer NOT NULL,
        creation     text    NOT NULL,
        bytes        bytea   NOT NULL
      );`,
  },
  {
    version: 6,
    name: 'cases',
    sql: `
      CREATE TABLE cases (
        id      text  PRIMARY KEY,
        person  text,
        created text  NOT NULL, -- ISO 8601 as given
        record  jsonb NOT NULL
      );
      CREATE INDEX cases_person ON cases (person, created, id);`,
  },
  {
    version: 7,
    name: 'access log: refused attempts',
    sql: `ALTER TABLE access_log ADD COLUMN refused boolean NOT NULL DEFAULT false;`,
  },
  {
    version: 8,
    name: 'attachments: referenced, quota per owner',
    sql: `
      ALTER TABLE attachments ADD COLUMN referenced boolean NOT NULL DEFAULT false;
      CREATE INDEX attachments_owner ON attachments (owner);
      CREATE INDEX attachments_unreferenced ON attachments (creation) WHERE NOT referenced;
      CREATE INDEX bookings_person_clinic ON bookings (person, clinic) WHERE status = 'booked';`,
  },
  {
    // 20: leaves room for the versions other branches add; versions need only be unique and ordered.
    version: 20,
    name: 'follow_up',
    sql: `
      CREATE TABLE follow_up (
        conversation_id text        PRIMARY KEY,
        clinic          text        NOT NULL,
        closed_at       timestamptz NOT NULL,
        record          jsonb       NOT NULL
      );
      CREATE INDEX follow_up_closed ON follow_up (closed_at, clinic);`,
  },
  {
    version: 21,
    name: 'clinic_settings',
    sql: `
      CREATE TABLE clinic_settings (
        clinic     text        PRIMARY KEY,
        version    integer     NOT NULL CHECK (version > 0),
        settings   jsonb       NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text        NOT NULL
      );
      CREATE TABLE clinic_settings_audit (
        id      bigserial   PRIMARY KEY,
        clinic  text        NOT NULL,
        version integer     NOT NULL,
        at      timestamptz NOT NULL,
        actor   text        NOT NULL,
        entry   jsonb       NOT NULL,
        UNIQUE (clinic, version)
      );`,
  },
  {
    // 30: the care team's branch; other branches keep below it.
    version: 30,
    name: 'consultations',
    sql: `
      CREATE TABLE consultations (
        id              text        PRIMARY KEY,
        conversation_id text        NOT NULL,
        clinic          text        NOT NULL,
        asked_at        timestamptz NOT NULL,
        answered_at     timestamptz,
        record          jsonb       NOT NULL
      );
      CREATE INDEX consultations_conversation ON consultations (conversation_id, asked_at);
      CREATE INDEX consultations_open ON consultations (clinic, asked_at) WHERE answered_at IS NULL;`,
  },
];

/** Any number, the same in every process: serialises migrations when several servers start at once. */
const MIGRATION_LOCK = 4_711_2026;

/**
 * Brings the schema up to date in one transaction, holding an advisory lock so that two servers
 * starting together do not both migrate. Returns the versions applied now.
 */
export async function migrate(db: SqlDatabase, list: Migration[] = migrations): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer     PRIMARY KEY,
      name       text        NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
