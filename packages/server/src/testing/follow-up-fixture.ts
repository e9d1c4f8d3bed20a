import type { ErrandOutcome } from '@nara/contract/follow-up';
import type { FollowUpRecord } from '../stores/follow-up-store.js';

/**
 * Eight errands closed at vc-linden in November 2026 (r1–r8), one closed in December (a re-contact
 * for r3) and one at vc-kvarnen: the hand-computed expectations are in follow-up.node.test.ts.
 */
const P1 = '194107086995';
const P3 = '199601012386';
const at = (day: string, time: string) => `2026-${day}T${time}:00.000Z`;
const outcome = (diagnosis: string[], prescribed: string[] = [], more: Partial<ErrandOutcome> = {}): ErrandOutcome => ({ diagnosis, prescribed, ...more });

function rec(id: string, r: Omit<FollowUpRecord, 'conversationId' | 'clinic' | 'profession'> & { clinic?: string }): FollowUpRecord {
  return { conversationId: id, clinic: 'vc-linden', profession: 'nurse', ...r };
}

export const novemberFixture: FollowUpRecord[] = [
  rec('r1', { patient: P1, patientAge: 80, reasonId: 'forkylning', urgency: 'self-care', createdAt: at('11-10', '08:00'), firstAnswerAt: at('11-10', '08:30'), dueAt: at('11-10', '11:00'), closedAt: at('11-10', '09:00'), outcome: outcome(['J06.9']) }),
  rec('r2', { patient: '198112289874', patientAge: 40, reasonId: 'forkylning', urgency: 'routine', createdAt: at('11-11', '08:00'), firstAnswerAt: at('11-11', '09:00'), dueAt: at('11-11', '11:00'), closedAt: at('11-11', '10:00'), outcome: outcome(['J02.0'], ['J01CE02']) }),
  rec('r3', { patient: P3, patientAge: 30, reasonId: 'urinvagsinfektion', urgency: 'routine', createdAt: at('11-27', '08:00'), firstAnswerAt: at('11-27', '12:00'), dueAt: at('11-27', '11:00'), closedAt: at('11-27', '14:00'), outcome: outcome(['N30.0'], ['J01XE01']) }),
  rec('r4', { patient: '195001012389', patientAge: 76, reasonId: 'urinvagsinfektion', urgency: 'soon', createdAt: at('11-12', '08:00'), firstAnswerAt: at('11-12', '08:10'), dueAt: at('11-12', '11:00'), closedAt: at('11-12', '08:40'), outcome: outcome(['N30.0'], [], { visitBooked: true }) }),
  rec('r5', { patient: '197601012381', patientAge: 50, reasonId: 'brostsmarta', urgency: 'emergency', createdAt: at('11-12', '08:00'), closedAt: at('11-12', '08:20'), outcome: outcome(['R07.4'], [], { sentToEmergency: true }) }),
  rec('r6', { patient: '196601012384', patientAge: 60, reasonId: 'ryggont', urgency: 'routine', createdAt: at('11-13', '08:00'), firstAnswerAt: at('11-13', '10:00'), dueAt: at('11-13', '11:00'), closedAt: at('11-13', '16:00'), outcome: outcome(['M54.5'], ['N02AX02', 'N05CF01'], { referral: true }) }),
  rec('r7', { patient: '200601012383', patientAge: 20, createdAt: at('11-14', '08:00'), firstAnswerAt: at('11-14', '08:05'), closedAt: at('11-14', '08:35'), outcome: outcome(['Z76.0'], ['N05BA01']) }),
  rec('r8', { patient: P1, patientAge: 80, reasonId: 'forkylning', urgency: 'self-care', createdAt: at('11-13', '09:00'), firstAnswerAt: at('11-13', '09:15'), dueAt: at('11-13', '12:00'), closedAt: at('11-13', '09:45'), outcome: outcome(['J20.9']) }),
];

/** Closed after November: r3's patient again for the same reason, 5 days 18 hours after r3 closed. */
export const decemberRecontact: FollowUpRecord = rec('d1', {
  patient: P3, patientAge: 30, reasonId: 'urinvagsinfektion', urgency: 'routine', createdAt: at('12-03', '08:00'), firstAnswerAt: at('12-03', '08:20'), closedAt: at('12-03', '09:00'), outcome: outcome(['N30.0']),
});

export const otherClinic: FollowUpRecord = { ...novemberFixture[1], conversationId: 'k1', clinic: 'vc-kvarnen' };
