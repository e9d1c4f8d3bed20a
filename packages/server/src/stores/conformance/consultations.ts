import type { ConsultationRecord } from '../consultation-store.js';
import type { Scope, StoreCase } from './kit.js';
import { check, same } from './kit.js';

function record(s: Scope, name: string, askedAt: string, conversation = 'errand', clinic = 'clinic'): ConsultationRecord {
  return {
    id: s.id(name),
    conversationId: s.id(conversation),
    clinic: s.clinic(clinic),
    from: { id: 'staff-anna', name: 'Anna Sjöberg', profession: 'nurse' },
    to: { profession: 'doctor' },
    question: `Fråga ${name}: behöver patienten en läkartid?`,
    askedAt,
  };
}

const answer = (text: string, at: string) => ({ text, by: { id: 'staff-erik', name: 'Erik Lind', profession: 'doctor' as const }, at });

export const consultationCases: StoreCase[] = [
  {
    area: 'consultations',
    name: 'a consultation reads back whole; an unknown id is undefined',
    async run(store, s) {
      const made = { ...record(s, 'a', '2026-11-02T09:00:00.000Z'), to: { profession: 'doctor' as const, staffId: 'staff-erik' } };
      await store.consultations.create(made);
      same(await store.consultations.get(made.id), made, 'reads back unchanged');
      same(await store.consultations.get(s.id('none')), undefined, 'unknown id');
    },
  },
  {
    area: 'consultations',
    name: "an errand's consultations oldest first; the clinic's open ones leave out the answered and other clinics'",
    async run(store, s) {
      const late = record(s, 'late', '2026-11-02T10:00:00+01:00');
      const early = record(s, 'early', '2026-11-02T08:00:00.000Z');
      const other = record(s, 'other', '2026-11-02T07:00:00.000Z', 'other-errand', 'other-clinic');
      for (const r of [late, early, other]) await store.consultations.create(r);
      same((await store.consultations.listByConversation(s.id('errand'))).map((r) => r.id), [early.id, late.id], 'by time, across offsets');
      same((await store.consultations.listOpen(s.clinic())).map((r) => r.id), [early.id, late.id], 'open at the clinic');
      await store.consultations.answer(early.id, answer('Ja, boka en tid.', '2026-11-02T11:00:00.000Z'));
      same((await store.consultations.listOpen(s.clinic())).map((r) => r.id), [late.id], 'the answered one is no longer open');
      same((await store.consultations.listByConversation(s.id('errand'))).length, 2, 'but still in the errand');
      same(await store.consultations.listByConversation(s.id('none')), [], 'no such errand');
    },
  },
  {
    area: 'consultations',
    name: 'one answer only: of two answers at once exactly one wins, the other gets null',
    async run(store, s) {
      const asked = record(s, 'q', '2026-11-02T09:00:00.000Z');
      await store.consultations.create(asked);
      const [a, b] = await Promise.all([
        store.consultations.answer(asked.id, answer('Första svaret', '2026-11-02T09:10:00.000Z')),
        store.consultations.answer(asked.id, answer('Andra svaret', '2026-11-02T09:10:01.000Z')),
      ]);
      check((a === null) !== (b === null), 'exactly one answer is stored');
      const winner = (a ?? b)!;
      same(await store.consultations.get(asked.id), winner, 'the stored record is the winning answer');
      same(await store.consultations.answer(asked.id, answer('Sent svar', '2026-11-02T12:00:00.000Z')), null, 'a later answer changes nothing');
      same(await store.consultations.answer(s.id('none'), answer('x', '2026-11-02T12:00:00.000Z')), null, 'unknown id');
    },
  },
];
