import type { TriageCase } from '../store.js';
import type { StoreCase } from './kit.js';
import { check, same } from './kit.js';

/** A triage case made at `created`, by `person` (or anonymously). */
function triageCase(person: string | undefined, created: string): TriageCase {
  const id = `case-${crypto.randomUUID()}`;
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
  };
}

export const caseCases: StoreCase[] = [
  {
    area: 'cases',
    name: 'a stored case reads back whole, answers and assessment included; an unknown id is null',
    async run(store, s) {
      const made = triageCase(s.person(), '2026-11-25T10:00:00.000Z');
      await store.cases.put(made);
      same(await store.cases.get(made.id), made, 'reads back unchanged');
      same(await store.cases.get('no-such-case'), null, 'unknown id');
    },
  },
  {
    area: 'cases',
    name: "a person's cases, oldest first, never another person's or anonymous ones",
    async run(store, s) {
      const later = triageCase(s.person(), '2026-11-25T12:00:00.000Z');
      const earlier = triageCase(s.person(), '2026-11-25T09:00:00.000Z');
      await store.cases.put(later);
      await store.cases.put(triageCase(s.person('other'), '2026-11-25T10:00:00.000Z'));
      await store.cases.put(triageCase(undefined, '2026-11-25T11:00:00.000Z'));
      await store.cases.put(earlier);
      same((await store.cases.listByPerson(s.person())).map((c) => c.id), [earlier.id, later.id], 'oldest first, only mine');
      same(await store.cases.listByPerson(s.person('nobody')), [], 'nobody else has cases');
    },
  },
  {
    area: 'cases',
    name: 'a case made without signing in is kept, with no person',
    async run(store) {
      const anonymous = triageCase(undefined, '2026-11-25T11:00:00.000Z');
      await store.cases.put(anonymous);
      const read = await store.cases.get(anonymous.id);
      same(read, anonymous, 'reads back');
      check(read !== null && read.person === undefined, 'no person');
    },
  },
  {
    area: 'cases',
    name: 'what the caller keeps changing after put does not change the stored case',
    async run(store, s) {
      const made = triageCase(s.person(), '2026-11-25T10:00:00.000Z');
      await store.cases.put(made);
      made.assessment.urgency = 'emergency';
      const read = await store.cases.get(made.id);
      same(read?.assessment.urgency, 'self-care', 'the stored case is a copy');
      read!.reasonId = 'changed';
      same((await store.cases.get(made.id))?.reasonId, 'forkylning', 'what get answers is a copy too');
    },
  },
];
