import type { Store, TriageCase } from '@nara/server';
import type { SqlDatabase } from './sql-client.js';

const parse = (value: TriageCase | string): TriageCase => (typeof value === 'string' ? (JSON.parse(value) as TriageCase) : value);

/** Assessed errands in SQL: the case as JSON, with the columns it is looked up by. */
export function sqlCases(db: SqlDatabase): Store['cases'] {
  return {
    async put(triageCase) {
      await db.query(
        `INSERT INTO cases (id, person, created, record) VALUES ($1, $2, $3, $4::jsonb)
         ON CONFLICT (id) DO UPDATE SET person = EXCLUDED.person, created = EXCLUDED.created, record = EXCLUDED.record`,
        [triageCase.id, triageCase.person ?? null, triageCase.created, JSON.stringify(triageCase)],
      );
    },
    async get(id) {
      const { rows } = await db.query<{ record: TriageCase | string }>('SELECT record FROM cases WHERE id = $1', [id]);
      return rows[0] ? parse(rows[0].record) : null;
    },
    async claim(id, person) {
      // Claims a case made without signing in, in the same statement that checks it is unclaimed.
      await db.query(
        `UPDATE cases SET person = $2, record = record || jsonb_build_object('person', $2::text) WHERE id = $1 AND person IS NULL`,
        [id, person],
      );
      const { rows } = await db.query<{ record: TriageCase | string }>('SELECT record FROM cases WHERE id = $1 AND person = $2', [id, person]);
      return rows[0] ? parse(rows[0].record) : null;
    },
    async listByPerson(person) {
      const { rows } = await db.query<{ record: TriageCase | string }>('SELECT record FROM cases WHERE person = $1 ORDER BY created, id', [person]);
      return rows.map((r) => parse(r.record));
    },
  };
}
