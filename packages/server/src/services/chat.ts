import type { AttachmentRef, ChatEvent, Conversation, FormAnswer, Locale, NewConversation, NewMessage, Profession, StaffMember } from '@nara/contract';
import { HttpProblem, notFound } from '../http/problem.js';
import { patientRoleFor, type Person } from '../http/auth.js';

const idOf = (person: string | Person) => (typeof person === 'string' ? person : person.id);
import type { ConversationChange, ConversationCondition, ConversationRecord, NewChatEvent, Store } from '../stores/store.js';
import type { Questionnaire as FhirQuestionnaire, QuestionnaireResponse } from '@nara/fhir';
import { checkResponse } from '@nara/triage';
import { chatAvailability, chatHours } from './chat-availability.js';
import { ownAssessment } from './own-assessment.js';
import { DEFAULT_QUOTAS, quotaExceeded, type Quotas } from './quotas.js';
import type { ClinicDirectory } from './clinics.js';
import type { ConversationBus } from './conversation-bus.js';
import { noticeKind, type PatientNotifier } from './notifier.js';

/** The bus channel that says "a clinic's queue changed" (staff queue streams listen to it). */
export const queueChannel = (clinic: string) => `queue:${clinic}`;

/** What happens in a conversation that a care team (real staff tooling or the demo simulation) reacts to. */
export interface CareTeamObserver {
  opened(conversation: ConversationRecord): void;
  patientWrote(conversation: ConversationRecord, event: ChatEvent): void;
}

/** Chats between a patient and care staff: every change is an event with the next seq. */
export class ChatService {
  /** Set by the app when a care team (or its simulation) follows conversations. */
  careTeam?: CareTeamObserver;
  /** Told when the care team writes, so the patient can be notified outside the chat. */
  notifier?: PatientNotifier;

  constructor(
    private readonly store: Store,
    private readonly clinics: ClinicDirectory,
    private readonly bus: ConversationBus,
    private readonly now: () => Date = () => new Date(),
    private readonly quotas: Pick<Quotas, 'openConversationsPerClinic'> = DEFAULT_QUOTAS,
  ) {}

  async create(owner: string, request: NewConversation, locale: Locale): Promise<Conversation> {
    const clinic = this.clinics.seed(request.clinic);
    if (chatHours(clinic.openingHours, request.profession).length === 0) {
      throw new HttpProblem(422, 'invalid', `${clinic.name} has no chat with the profession ${request.profession}`, [
        { path: 'profession', message: 'This clinic has no chat for this profession' },
      ]);
    }
    await ownAssessment(this.store, owner, request.assessmentId);
    const record: ConversationRecord = {
      id: crypto.randomUUID(),
      owner,
      clinic: clinic.id,
      profession: request.profession,
      ...(request.assessmentId ? { assessmentId: request.assessmentId } : {}),
      status: 'queued',
      locale,
      createdAt: this.now().toISOString(),
    };
    const limit = this.quotas.openConversationsPerClinic;
    if (!(await this.store.conversations.create(record, { openPerClinic: limit }))) {
      throw quotaExceeded(`You already have ${limit} ongoing chats with ${clinic.name}; close one, or call the clinic`);
    }
    const position = (await this.store.conversations.waiting(record.clinic, record.profession)).indexOf(record.id) + 1;
    await this.append(record.id, { type: 'queue', at: this.stamp(), position: Math.max(1, position), estimatedWaitMinutes: Math.max(1, position) * 5 });
    if (request.text?.trim()) {
      await this.append(record.id, this.patientMessage({ text: request.text }));
    }
    this.careTeam?.opened(record);
    return this.view(record);
  }

  /**
   * The person's own conversation, or their child's while they are guardian of a child under 13 (a
   * contact the care team started with the child); anyone else's is "not found" (its existence is
   * not revealed).
   */
  async record(person: string | Person, id: string): Promise<ConversationRecord> {
    const record = await this.store.conversations.get(id);
    const reaches = (owner: string) => (typeof person === 'string' ? owner === person : patientRoleFor(person, owner, this.now()) !== null);
    if (!record || !reaches(record.owner)) throw notFound(`Conversation ${id}`);
    return record;
  }

  async get(person: string | Person, id: string): Promise<Conversation> {
    return this.view(await this.record(person, id));
  }

  async view(record: ConversationRecord): Promise<Conversation> {
    const { owner: _owner, startedBy: _startedBy, outcome: _outcome, patientReadSeq: _read, ...rest } = record;
    const hours = this.clinics.seed(record.clinic).openingHours;
    return {
      ...rest,
      lastSeq: await this.store.conversations.lastSeq(record.id),
      availability: chatAvailability(hours, record.profession, this.now()),
    };
  }

  async events(person: string | Person, id: string, after: number, limit = 1000): Promise<ChatEvent[]> {
    await this.record(person, id);
    return this.store.conversations.listAfter(id, after, limit);
  }

  /** The patient sends a message; with a key already used, answers with the first copy. */
  async send(person: string | Person, id: string, message: NewMessage, idempotencyKey?: string): Promise<{ event: ChatEvent; duplicate: boolean }> {
    const record = await this.record(person, id);
    if (!message.text.trim() && !message.attachments?.length) {
      throw new HttpProblem(422, 'invalid', 'A message needs text or a file', [{ path: 'text', message: 'Write a message or attach a file' }]);
    }
    // Files are the person's own uploads; their name, type and size come from what the server kept.
    const attachments: AttachmentRef[] = [];
    for (const ref of message.attachments ?? []) {
      const stored = await this.store.attachments.get(ref.id);
      if (!stored || stored.owner !== idOf(person)) {
        throw new HttpProblem(422, 'invalid', `No uploaded file ${ref.id}`, [{ path: 'attachments', message: 'Upload the file first (POST /v1/attachments)' }]);
      }
      attachments.push({ id: stored.id, name: stored.title, contentType: stored.contentType as AttachmentRef['contentType'], size: stored.size });
    }
    // Sent files are kept with the conversation; unsent ones expire.
    if (attachments.length) await this.store.attachments.markReferenced(idOf(person), attachments.map((a) => a.id));
    const result = await this.appendOnce(record, this.patientMessage({ ...message, attachments }, idempotencyKey), idempotencyKey && `message:${idempotencyKey}`);
    if (result.duplicate) {
      const same =
        result.event.type === 'message' &&
        result.event.text === message.text &&
        sameJson(result.event.attachments.map((a) => a.id), attachments.map((a) => a.id));
      if (!same) throw new HttpProblem(422, 'invalid', 'This Idempotency-Key was already used for a different message', [{ path: 'Idempotency-Key', message: 'use a new key for a new message' }]);
      return result;
    }
    this.careTeam?.patientWrote(record, result.event);
    return result;
  }

  async answerForm(person: string | Person, id: string, answer: FormAnswer, idempotencyKey?: string): Promise<{ event: ChatEvent; duplicate: boolean }> {
    const record = await this.record(person, id);
    const events = await this.store.conversations.listAfter(id, 0);
    const sent = events.find((e) => e.type === 'form-sent' && e.requestId === answer.requestId);
    if (sent?.type !== 'form-sent') {
      throw new HttpProblem(422, 'invalid', `No form ${answer.requestId} was sent in this conversation`, [{ path: 'requestId', message: 'Unknown form' }]);
    }
    // The answer must fit the form that was sent: its questions, types, limits and required answers.
    const issues = checkResponse(sent.questionnaire as unknown as FhirQuestionnaire, answer.response as unknown as QuestionnaireResponse, record.locale);
    if (issues.length) {
      throw new HttpProblem(422, 'invalid', 'The answers do not fit the form', issues.slice(0, 50).map((i) => ({ path: `response.${i.path}`, message: i.message })));
    }
    const key = idempotencyKey && `form:${idempotencyKey}`;
    const answered = events.find((e) => e.type === 'form-answered' && e.requestId === answer.requestId);
    if (answered && key === undefined) return { event: answered, duplicate: true };
    const result = await this.appendOnce(record, { type: 'form-answered', at: this.stamp(), requestId: answer.requestId, response: answer.response }, key);
    if (result.duplicate && (result.event.type !== 'form-answered' || result.event.requestId !== answer.requestId || !sameJson(result.event.response, answer.response))) {
      throw new HttpProblem(422, 'invalid', 'This Idempotency-Key was already used for a different answer', [{ path: 'Idempotency-Key', message: 'use a new key for a new answer' }]);
    }
    if (!result.duplicate && answered) {
      throw new HttpProblem(409, 'conflict', 'This form has already been answered');
    }
    if (!result.duplicate) this.careTeam?.patientWrote(record, result.event);
    return result;
  }

  // Staff side: what a care team does in a conversation (the demo simulation calls these).

  // Each change of status is one store transition: the status and its event are written together,
  // and only from the state the caller saw (null when someone else changed it first).

  /** A staff member takes a queued errand of their profession. */
  async staffJoined(id: string, staff: StaffMember) {
    const when = { status: ['queued' as const], profession: staff.profession };
    return this.transition(id, when, { status: 'open' }, { type: 'staff-joined', at: this.stamp(), staff });
  }

  async handOver(id: string, from: Profession, to: Profession) {
    const when = { status: ['queued' as const, 'open' as const], profession: from };
    return this.transition(id, when, { status: 'queued', profession: to }, { type: 'handed-over', at: this.stamp(), from, to });
  }

  async staffMessage(id: string, staff: StaffMember, text: string) {
    return this.append(id, { type: 'message', at: this.stamp(), id: crypto.randomUUID(), sender: { kind: 'staff', ...staff }, text, attachments: [] });
  }

  async close(id: string, by: 'staff' | 'patient' | 'system', profession?: Profession, outcome?: string) {
    const when = { status: ['queued' as const, 'open' as const], ...(profession ? { profession } : {}) };
    return this.transition(id, when, { status: 'closed', ...(outcome ? { outcome } : {}) }, { type: 'closed', at: this.stamp(), by });
  }

  private async transition(id: string, when: ConversationCondition, change: ConversationChange, event: NewChatEvent): Promise<ChatEvent | null> {
    const stored = await this.store.conversations.transition(id, when, change, event);
    if (stored) await this.bus.publish(id, stored.seq);
    return stored;
  }

  /** Append any event and tell the streams, the clinic's queue and (for what the care team sends) the patient. */
  async append(id: string, event: NewChatEvent): Promise<ChatEvent> {
    const { event: stored } = await this.store.conversations.append(id, event);
    await this.bus.publish(id, stored.seq);
    await this.afterAppend(id, stored);
    return stored;
  }

  /** Opens a conversation the care team starts (a test result, a form, a follow-up); the staff member holds it. */
  async createByStaff(record: Omit<ConversationRecord, 'status' | 'createdAt' | 'startedBy'>): Promise<ConversationRecord> {
    const full: ConversationRecord = { ...record, status: 'open', startedBy: 'staff', createdAt: this.stamp() };
    await this.store.conversations.create(full);
    return full;
  }

  /** The patient has had events up to `seq` in an open chat: what is after it is unread. */
  async markRead(id: string, seq: number): Promise<void> {
    if (seq > 0) await this.store.conversations.update(id, { patientReadSeq: seq });
  }

  private async afterAppend(id: string, event: ChatEvent) {
    const record = await this.store.conversations.get(id);
    if (!record) return;
    if (event.type !== 'typing') await this.bus.publish(queueChannel(record.clinic), event.seq);
    const kind = noticeKind(event as { type: string; sender?: { kind: string } });
    if (kind && this.notifier) {
      try {
        await this.notifier.notify({ patient: record.owner, conversationId: id, clinic: record.clinic, kind, at: event.at });
      } catch (error) {
        console.error('notifier', error);
      }
    }
  }

  private async appendOnce(record: ConversationRecord, event: NewChatEvent, key: string | undefined) {
    // A closed conversation takes nothing new; a resend of something sent before it closed still answers.
    const resend = key !== undefined && (await this.store.conversations.hasKey(record.id, key));
    if (!resend && (await this.store.conversations.get(record.id))?.status === 'closed') {
      throw new HttpProblem(409, 'conflict', 'The conversation is closed');
    }
    const result = await this.store.conversations.append(record.id, event, key);
    if (!result.duplicate) {
      await this.bus.publish(record.id, result.event.seq);
      await this.afterAppend(record.id, result.event);
    }
    return result;
  }

  private patientMessage(message: NewMessage, clientKey?: string): NewChatEvent {
    return {
      type: 'message',
      at: this.stamp(),
      id: crypto.randomUUID(),
      sender: { kind: 'patient' },
      text: message.text,
      attachments: message.attachments ?? [],
      ...(clientKey ? { clientKey } : {}),
    };
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

/** JSON with its object keys sorted: two values that mean the same give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
const sameJson = (a: unknown, b: unknown) => canonical(a) === canonical(b);
