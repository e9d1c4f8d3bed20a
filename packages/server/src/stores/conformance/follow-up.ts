import type { FollowUpRecord } from '../follow-up-store.js';
import type { StoreCase } from './kit.js';
import { same } from './kit.js';

function record(id: string, clinic: string, closedAt: string, patient = '191212121212'): FollowUpRecord {
  return {
    conversationId: id,
    clinic,
    profession: 'nurse',
    patient,
    patientAge: 41,
    reasonId: 'forkylning',
    urgency: 'routine',
    createdAt: '2026-11-02T08:00:00.000Z',
    firstAnswerAt: '2026-11-02T08:30:00.000Z',
    dueAt: '2026-11-02T11:00:00.000Z',
    closedAt,
    outcome: { diagnosis: ['J06.9'], prescribed: [], visitBooked: false, note: 'Egenvårdsråd' },
  };
}

export const followUpCases: StoreCase[] = [
  {
    area: 'followUp',
    name: 'a record reads back whole; put again replaces it; an unknown id is undefined',
    async run(store, s) {
      const made = record(s.id('a'), s.clinic(), '2026-11-02T09:00:00.000Z');
      await store.followUp.put(made);
      same(await store.followUp.get(made.conversationId), made, 'reads back unchanged');
      const changed = { ...made, outcome: { ...made.outcome, prescribed: ['J01CE02'] } };
      await store.followUp.put(changed);
      same(await store.followUp.get(made.conversationId), changed, 'replaced');
      same(await store.followUp.get(s.id('none')), undefined, 'unknown id');
    },
  },
  {
    area: 'followUp',
    name: 'lists records closed in [from, to) at the given clinics, by close time, across time zones',
    async run(store, s) {
      const [a, b] = [s.clinic('a'), s.clinic('b')];
      const early = record(s.id('early'), a, '2026-11-01T00:00:00.000Z');
      const late = record(s.id('late'), b, '2026-11-15T12:00:00+01:00');
      const atEnd = record(s.id('end'), a, '2026-12-01T00:00:00.000Z');
      const before = record(s.id('before'), a, '2026-10-31T23:59:59.999Z');
      for (const r of [late, atEnd, early, before]) await store.followUp.put(r);
      const range = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
      same((await store.followUp.list({ ...range, clinics: [a, b] })).map((r) => r.conversationId), [early.conversationId, late.conversationId], 'both clinics');
      same((await store.followUp.list({ ...range, clinics: [b] })).map((r) => r.conversationId), [late.conversationId], 'one clinic');
      same(await store.followUp.list({ ...range, clinics: [s.clinic('none')] }), [], 'no such clinic');
      const all = (await store.followUp.list(range)).map((r) => r.conversationId);
      same([early, late].every((r) => all.includes(r.conversationId)) && !all.includes(atEnd.conversationId), true, 'no clinic filter: all clinics');
    },
  },
];
