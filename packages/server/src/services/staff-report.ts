import type { AttachmentRef, ChatEvent, Locale } from '@nara/contract';
import type { ReportAnswer, ReportAttachment, ReportForm, StaffReport } from '@nara/contract/staff';
import type { AnswerValue, Questionnaire, QuestionnaireItem, QuestionnaireResponse } from '@nara/fhir';
import { answersByLinkId, buildQuestionnaire, findReason } from '@nara/triage';
import { findTestPatient } from '../http/test-identities.js';
import { staffForms } from '../seed/staff-forms.js';
import type { ConversationRecord, Store, TriageCase } from '../stores/store.js';
import { scoreResponse } from './form-scores.js';

const yesNo = { sv: ['Ja', 'Nej'], en: ['Yes', 'No'] } as const;

/** The patient's name, when the server knows it (the test identities; a region plugs in its directory). */
export type PatientNames = (personnummer: string) => string | undefined;
export const testPatientNames: PatientNames = (personnummer) => findTestPatient(personnummer)?.name;

/** The id of a file the server stores, from an attachment URL (`…/v1/attachments/{id}`). */
export function attachmentIdOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const match = /\/v1\/attachments\/([^/?#]+)$/.exec(url);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/** One answer as text: a choice's display, yes/no, a number with its unit, a date, a file's name. */
function answerText(answer: AnswerValue, locale: Locale): string {
  if (answer.valueBoolean !== undefined) return yesNo[locale][answer.valueBoolean ? 0 : 1];
  if (answer.valueCoding) return answer.valueCoding.display ?? answer.valueCoding.code ?? '';
  if (answer.valueQuantity) return `${answer.valueQuantity.value ?? ''} ${answer.valueQuantity.unit ?? ''}`.trim();
  if (answer.valueAttachment) return answer.valueAttachment.title ?? 'fil';
  const plain = answer.valueInteger ?? answer.valueDecimal ?? answer.valueString ?? answer.valueDate ?? answer.valueDateTime ?? answer.valueTime ?? answer.valueUri;
  return plain === undefined ? '' : String(plain);
}

/** Every answered item in the questionnaire's reading order, with its question and depth. */
export function answersInOrder(questionnaire: Questionnaire | undefined, response: unknown, locale: Locale): ReportAnswer[] {
  const answers = answersByLinkId((response ?? {}) as QuestionnaireResponse);
  const out: ReportAnswer[] = [];
  const seen = new Set<string>();
  const walk = (items: QuestionnaireItem[] | undefined, depth: number) => {
    for (const item of items ?? []) {
      const given = answers.get(item.linkId);
      if (given?.length && item.type !== 'display') {
        seen.add(item.linkId);
        const attachmentIds = given.map((a) => attachmentIdOf(a.valueAttachment?.url)).filter((id): id is string => !!id);
        out.push({
          linkId: item.linkId,
          question: (item.text ?? item.linkId).slice(0, 2000),
          answers: given.map((a) => answerText(a, locale).slice(0, 10_000)),
          ...(attachmentIds.length ? { attachmentIds } : {}),
          depth,
        });
      }
      walk(item.item, item.type === 'group' ? depth + 1 : depth);
    }
  };
  walk(questionnaire?.item, 0);
  // Answers to items the questionnaire no longer has are still shown, after the rest.
  for (const [linkId, given] of answers) {
    if (!seen.has(linkId)) out.push({ linkId, question: linkId, answers: given.map((a) => answerText(a, locale)), depth: 0 });
  }
  return out;
}

/**
 * Builds the patient's report for staff: what they told us before we start — reason, subject,
 * every answer with its question, the assessment and the advice they were given, their files, and
 * the forms sent in the chat with their scores (computed here, from the scale's own options).
 */
export class StaffReportBuilder {
  constructor(
    private readonly store: Store,
    private readonly names: PatientNames = testPatientNames,
  ) {}

  /** The errand's triage case, when it belongs to the errand's owner (another person's case is never shown). */
  async caseOf(record: ConversationRecord): Promise<TriageCase | null> {
    if (!record.assessmentId) return null;
    const found = await this.store.cases.get(record.assessmentId);
    return found && found.person === record.owner ? found : null;
  }

  /** Ids of every file the errand refers to: the form's answers and the chat's messages. */
  async attachmentIds(record: ConversationRecord, events?: ChatEvent[]): Promise<Map<string, 'form' | 'message'>> {
    const ids = new Map<string, 'form' | 'message'>();
    const triageCase = await this.caseOf(record);
    for (const given of answersByLinkId((triageCase?.response ?? {}) as QuestionnaireResponse).values()) {
      for (const answer of given) {
        const id = attachmentIdOf(answer.valueAttachment?.url);
        if (id) ids.set(id, 'form');
      }
    }
    for (const event of events ?? (await this.store.conversations.listAfter(record.id, 0))) {
      if (event.type === 'message' && event.sender.kind === 'patient') {
        for (const ref of event.attachments as AttachmentRef[]) if (!ids.has(ref.id)) ids.set(ref.id, 'message');
      }
    }
    return ids;
  }

  async build(record: ConversationRecord, locale: Locale): Promise<StaffReport> {
    const events = await this.store.conversations.listAfter(record.id, 0);
    const triageCase = await this.caseOf(record);
    const reason = triageCase ? findReason(triageCase.reasonId) : undefined;
    let questionnaire: Questionnaire | undefined;
    if (reason && triageCase) {
      try {
        questionnaire = buildQuestionnaire(reason, record.locale, triageCase.subject.kind);
      } catch {
        questionnaire = undefined;
      }
    }
    const attachments: ReportAttachment[] = [];
    for (const [id, source] of await this.attachmentIds(record, events)) {
      const stored = await this.store.attachments.get(id);
      // Only the errand owner's own files: a URL pointing at someone else's file shows nothing.
      if (!stored || stored.owner !== record.owner) continue;
      attachments.push({ id, name: stored.title, contentType: stored.contentType as ReportAttachment['contentType'], size: stored.size, source });
    }
    const name = this.names(record.owner);
    const firstName = name?.split(/\s+/)[0];
    const subject = triageCase?.subject;
    const assessment = triageCase?.assessment;
    return {
      conversation: {
        id: record.id,
        clinic: record.clinic,
        profession: record.profession,
        status: record.status,
        startedBy: record.startedBy ?? 'patient',
        createdAt: record.createdAt,
        locale: record.locale,
        ...(record.outcome ? { outcome: record.outcome } : {}),
      },
      patient: { personnummer: record.owner, ...(name ? { name } : {}), ...(firstName ? { firstName } : {}) },
      subject:
        subject?.kind === 'child'
          ? { kind: 'child', ageMonths: subject.ageMonths, guardian: { personnummer: record.owner, ...(name ? { name } : {}) } }
          : { kind: 'self' },
      ...(reason ? { reason: { id: reason.id, title: reason.title[record.locale] } } : {}),
      answers: triageCase ? answersInOrder(questionnaire, triageCase.response, record.locale) : [],
      ...(assessment
        ? {
            assessment: {
              urgency: assessment.urgency,
              why: assessment.why.map((w) => w.text),
              redFlagsMet: assessment.redFlagsMet.map((f) => f.text),
              actions: assessment.actions.map((a) => (a.visitType ? `${a.action}:${a.visitType}` : a.action)),
              selfCare: assessment.selfCare,
              safetyNet: assessment.safetyNet,
              profession: assessment.profession,
              created: assessment.created,
            },
          }
        : {}),
      attachments,
      forms: this.forms(events, locale),
    };
  }

  /** Forms sent in the chat, each with its answers and, for a rating scale, its score. */
  private forms(events: ChatEvent[], locale: Locale): ReportForm[] {
    const forms: ReportForm[] = [];
    for (const event of events) {
      if (event.type !== 'form-sent') continue;
      const questionnaire = event.questionnaire as unknown as Questionnaire & { id?: string; title?: string };
      const answered = events.find((e) => e.type === 'form-answered' && e.requestId === event.requestId);
      const seed = staffForms.find((f) => f.id === questionnaire.id);
      const response = answered?.type === 'form-answered' ? answered.response : undefined;
      forms.push({
        requestId: event.requestId,
        ...(questionnaire.id ? { formId: questionnaire.id } : {}),
        title: (questionnaire.title ?? seed?.title[locale] ?? event.requestId).slice(0, 200),
        sentAt: event.at,
        ...(answered ? { answeredAt: answered.at } : {}),
        ...(response && seed?.scale ? { score: scoreResponse(seed.scale, response, locale) } : {}),
        answers: response ? answersInOrder(questionnaire, response, locale) : [],
      });
    }
    return forms;
  }
}
