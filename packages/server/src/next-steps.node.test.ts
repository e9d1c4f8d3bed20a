import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Assessment, Profession, RecommendedAction, Subject } from '@nara/contract';
import { CATALOGUE, buildQuestionnaire, reasonQuestions, redFlagsFor, responseFromAnswers, type ContactReason, type PlainAnswer } from '@nara/triage';
import { createApp } from './app.js';
import { clinicSeeds } from './seed/clinics.js';
import { chatHours } from './services/chat-availability.js';
import { BOOKING_WINDOW_HOURS } from './services/next-steps.js';

/** The reassuring answer to every required question, as a patient answering minimally would give. */
const MINIMAL: Record<string, PlainAnswer> = {
  'can-swallow-saliva': true,
  drinks: true,
  breathless: 'no',
  'daily-life': 'little',
  worry: 'question',
  'certificate-kind': 'extension',
  medicine: 'Levaxin 50 mikrogram',
  'which-test': 'Blodprov förra veckan',
  'stroke-signs': 'no',
  'pregnancy-week': 20,
  'chest-pain-when': 'weeks',
  'confusion-onset': 'months',
};

function minimalRequest(reason: ContactReason, subject: Subject, clinic: string) {
  const wording = subject.kind === 'child' ? 'child' : 'self';
  const answers: Record<string, PlainAnswer> = { description: 'Berättelse' };
  if (reason.category === 'medical') Object.assign(answers, { since: 'days-1-3', overall: 6 });
  for (const q of reasonQuestions(reason, wording)) if (q.required && !(q.id in answers)) answers[q.id] = MINIMAL[q.id] ?? false;
  const redFlags = Object.fromEntries(redFlagsFor(subject.kind).map((f) => [f.id, false]));
  return { reasonId: reason.id, clinic, subject, redFlags, response: responseFromAnswers(buildQuestionnaire(reason, 'sv', wording), answers) };
}

const subjectsOf = (reason: ContactReason): Subject[] =>
  reason.audience === 'adult' ? [{ kind: 'self' }] : reason.audience === 'child' ? [{ kind: 'child', ageMonths: 30 }] : [{ kind: 'self' }, { kind: 'child', ageMonths: 30 }];

describe('no dead ends: every recommended next step is one the clinic can carry out', () => {
  // A weekday morning, a Friday late afternoon (the weekend ahead) and a Saturday (Stockholm time).
  for (const at of ['2026-12-07T08:00:00Z', '2026-12-11T15:30:00Z', '2026-12-12T11:00:00Z']) {
    it(`walks every reason × subject × seed clinic, answered minimally, at ${at}`, async () => {
      const now = new Date(at);
      const app = createApp({ now: () => now });
      const { triage, bookings } = app.context;
      const problems: string[] = [];
      let assessments = 0;
      let withNote = 0;
      for (const clinic of clinicSeeds) {
        const offered = new Set(triage.listReasons(clinic.id, 'sv').map((r) => r.id));
        const canChat = (p: Profession) => chatHours(clinic.openingHours, p).length > 0;
        const canBook = async (a: RecommendedAction, hours: number) =>
          (await bookings.freeSlots({ clinic: clinic.id, visitType: a.visitType, profession: a.profession, from: now.toISOString(), to: new Date(now.getTime() + hours * 3_600_000).toISOString() })).length > 0;
        for (const reason of CATALOGUE.filter((r) => offered.has(r.id))) {
          for (const subject of subjectsOf(reason)) {
            const assessment: Assessment = await triage.assess(minimalRequest(reason, subject, clinic.id), undefined, 'sv');
            assessments++;
            assert.ok(assessment.actions.length > 0, `${clinic.id} ${reason.id}: at least one step`);
            for (const action of assessment.actions) {
              if (action.note) withNote++;
              const where = `${clinic.id} ${reason.id} ${subject.kind} ${assessment.urgency}: ${JSON.stringify(action)}`;
              if (action.action === 'chat' && !canChat(action.profession ?? 'nurse')) problems.push(`${where}: no such chat`);
              if (action.action === 'book' && !(await canBook(action, BOOKING_WINDOW_HOURS[assessment.urgency] ?? 720))) problems.push(`${where}: no free time soon enough`);
            }
          }
        }
      }
      console.log(`${at}: ${assessments} assessments at ${clinicSeeds.length} clinics, ${withNote} steps replaced by a fallback that says why`);
      assert.deepEqual(problems, []);
      assert.ok(assessments > 700);
      assert.ok(withNote > 0, 'some steps needed a fallback');
    });
  }

  it('says why a step was replaced, in the asked-for language', async () => {
    const app = createApp({ now: () => new Date('2026-12-07T08:00:00Z') });
    const reason = CATALOGUE.find((r) => r.id === 'angest')!;
    const sv = await app.context.triage.assess(minimalRequest(reason, { kind: 'self' }, 'vc-kvarnen'), undefined, 'sv');
    const en = await app.context.triage.assess(minimalRequest(reason, { kind: 'self' }, 'vc-kvarnen'), undefined, 'en');
    // Kvarnen has no counsellor: the counsellor chat becomes the nurse chat, with the reason said.
    assert.deepEqual(sv.actions[0], { action: 'chat', profession: 'nurse', note: 'Vårdcentralen har ingen chatt med en kurator, så en sjuksköterska svarar i chatten och hjälper dig vidare.' });
    assert.match(en.actions[0].note ?? '', /no chat with a counsellor/);
    const plain = await app.context.triage.assess({ ...minimalRequest(reason, { kind: 'self' }, 'vc-kvarnen'), clinic: undefined }, undefined, 'sv');
    assert.equal(plain.actions[0].profession, 'counsellor', 'without a clinic the assessment is unchanged');
  });
});
