import type { Store, TriageCase } from './store.js';

/**
 * What every `Store.cases` implementation must do, as runner-free cases (like
 * `booking-store-conformance.ts`): the memory store runs them in wtr (case-store.test.ts); an SQL
 * store runs the same list under node:test. Each case gets a fresh, empty store.
 */
export interface CaseStoreCase {
  name: string;
  run(store: Store): Promise<void>;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`store conformance: ${message}`);
}

let counter = 0;
/** A triage case made at `created`, by `person` (or anonymously). */
export function triageCase(person: string | undefined, created: string, overrides: Partial<TriageCase> = {}): TriageCase {
  const id = `case-${++counter}-${Math.random().toString(36).slice(2)}`;
  return {
    id,
    ...(person ? { person } : {}),
    reasonId: 'forkylning',
    subject: { kind: 'child', ageMonths: 14 },
    redFlags: { 'chest-pain': false, breathing: false },
    response: { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'cough', answer: [{ valueBoolean: true }] }] },
    assessment: {
      id,
      reasonId: 'forkylning',
      created,
      urgency: 'self-care',
      redFlagsMet: [],
      why: [{ text: 'Vanlig förkylning', answers: [{ linkId: 'cough', question: 'Hostar barnet?', answer: 'Ja' }] }],
      actions: [{ action: 'self-care' }, { action: 'chat', profession: 'nurse' }],
      profession: 'nurse',
      selfCare: ['Vila'],
      safetyNet: 'Ring 1177 om barnet blir sämre.',
      demo: true,
      notice: 'Demo',
    },
    created,
    ...overrides,
  };
}

export const caseStoreCases: CaseStoreCase[] = [
  {
    name: 'a stored case reads back whole, answers and assessment included',
    async run(store) {
      const made = triageCase('191212121212', '2026-11-25T10:00:00.000Z');
      await store.cases.put(made);
      const read = await store.cases.get(made.id);
      check(read !== null, 'the case is found by id');
      check(JSON.stringify(read) === JSON.stringify(made), `the case reads back unchanged: ${JSON.stringify(read)}`);
    },
  },
  {
    name: 'an unknown id is null',
    async run(store) {
      check((await store.cases.get('no-such-case')) === null, 'null for an unknown id');
    },
  },
  {
    name: "a person's cases, oldest first, never another person's or anonymous ones",
    async run(store) {
      const later = triageCase('191212121212', '2026-11-25T12:00:00.000Z');
      const earlier = triageCase('191212121212', '2026-11-25T09:00:00.000Z');
      await store.cases.put(later);
      await store.cases.put(triageCase('198112289874', '2026-11-25T10:00:00.000Z'));
      await store.cases.put(triageCase(undefined, '2026-11-25T11:00:00.000Z'));
      await store.cases.put(earlier);
      const mine = await store.cases.listByPerson('191212121212');
      check(JSON.stringify(mine.map((c) => c.id)) === JSON.stringify([earlier.id, later.id]), `oldest first, only mine: ${mine.map((c) => c.created)}`);
      check((await store.cases.listByPerson('000000000000')).length === 0, 'nobody else has cases');
    },
  },
  {
    name: 'what the caller keeps changing after put does not change the stored case',
    async run(store) {
      const made = triageCase('191212121212', '2026-11-25T10:00:00.000Z');
      await store.cases.put(made);
      made.assessment.urgency = 'emergency';
      const read = await store.cases.get(made.id);
      check(read!.assessment.urgency === 'self-care', 'the stored case is a copy');
      read!.reasonId = 'changed';
      check((await store.cases.get(made.id))!.reasonId === 'forkylning', 'what get answers is a copy too');
    },
  },
];
