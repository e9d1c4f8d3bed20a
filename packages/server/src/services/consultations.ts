import type { Consultation, NewConsultation } from '@nara/contract/staff';
import type { Person } from '../http/auth.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { ConsultationRecord, ConsultationStaff } from '../stores/consultation-store.js';
import type { ConversationRecord, Store } from '../stores/store.js';
import type { AccessControl } from './access.js';
import { queueChannel } from './chat.js';
import type { ConversationBus } from './conversation-bus.js';
import { testPatientNames, type PatientNames } from './staff-report.js';

/**
 * Consulting a colleague without handing over: the staff member who holds an errand asks another
 * profession (or one named colleague) at the clinic for advice; the colleague finds the question in
 * their queue and answers once. The errand stays where it is, and nothing of it reaches the
 * patient's chat. Every read and write is in the access log under the errand's patient.
 */
export class ConsultationService {
  constructor(
    private readonly store: Store,
    private readonly access: AccessControl,
    private readonly bus: ConversationBus,
    private readonly now: () => Date = () => new Date(),
    private readonly names: PatientNames = testPatientNames,
  ) {}

  private me(staff: Person): ConsultationStaff {
    return { id: staff.id, name: staff.name ?? staff.id, profession: staff.profession! };
  }

  /** The errand, when it is the staff member's clinic's (404 otherwise: its existence is not revealed). */
  private async errand(staff: Person, id: string): Promise<ConversationRecord> {
    const record = await this.store.conversations.get(id);
    if (!record || record.clinic !== staff.clinic) throw notFound(`Conversation ${id}`);
    return record;
  }

  private async view(record: ConsultationRecord, owner?: string): Promise<Consultation> {
    const patient = owner ?? (await this.store.conversations.get(record.conversationId))?.owner ?? '';
    const name = this.names(patient);
    return { ...record, patient: { personnummer: patient, ...(name ? { name } : {}) } };
  }

  /** Whether the consultation is asked of this staff member: them by name, or their profession when no one is named. */
  private askedOf(record: ConsultationRecord, staff: Person): boolean {
    if (record.from.id === staff.id) return false;
    return record.to.staffId ? record.to.staffId === staff.id : record.to.profession === staff.profession;
  }

  async ask(staff: Person, conversationId: string, request: NewConsultation): Promise<Consultation> {
    const record = await this.errand(staff, conversationId);
    if (record.status === 'closed') throw new HttpProblem(409, 'conflict', 'The conversation is closed');
    if (record.profession !== staff.profession) throw new HttpProblem(403, 'forbidden', `The errand is with ${record.profession}`);
    if (record.status !== 'open') throw new HttpProblem(409, 'conflict', 'Take the errand first');
    if (!request.message.trim()) throw new HttpProblem(422, 'invalid', 'Write a question', [{ path: 'message', message: 'Required' }]);
    if (request.staffId === staff.id) throw new HttpProblem(422, 'invalid', 'Ask someone else', [{ path: 'staffId', message: 'You cannot consult yourself' }]);
    await this.access.staff(staff, record.owner, 'write', `consultation:${conversationId}`);
    const made: ConsultationRecord = {
      id: crypto.randomUUID(),
      conversationId,
      clinic: record.clinic,
      from: this.me(staff),
      to: { profession: request.to, ...(request.staffId ? { staffId: request.staffId } : {}) },
      question: request.message,
      askedAt: this.now().toISOString(),
    };
    await this.store.consultations.create(made);
    await this.bus.publish(queueChannel(record.clinic), 0);
    return this.view(made, record.owner);
  }

  /** The errand's consultations, oldest first; the read is in the access log. */
  async forErrand(staff: Person, conversationId: string): Promise<Consultation[]> {
    const record = await this.errand(staff, conversationId);
    await this.access.staff(staff, record.owner, 'read', `consultations:${conversationId}`);
    const list = await this.store.consultations.listByConversation(conversationId);
    return Promise.all(list.map((c) => this.view(c, record.owner)));
  }

  /** Unanswered questions asked of the staff member (by name) or their profession, oldest first. */
  async mine(staff: Person): Promise<Consultation[]> {
    const open = (await this.store.consultations.listOpen(staff.clinic!)).filter((c) => this.askedOf(c, staff));
    return Promise.all(open.map((c) => this.view(c)));
  }

  async answer(staff: Person, id: string, text: string): Promise<Consultation> {
    const found = await this.store.consultations.get(id);
    if (!found || found.clinic !== staff.clinic) throw notFound(`Consultation ${id}`);
    if (!this.askedOf(found, staff)) throw new HttpProblem(403, 'forbidden', 'This question is asked of someone else');
    if (!text.trim()) throw new HttpProblem(422, 'invalid', 'Write an answer', [{ path: 'text', message: 'Required' }]);
    const errand = await this.store.conversations.get(found.conversationId);
    await this.access.staff(staff, errand?.owner ?? '', 'write', `consultation:${found.conversationId}`);
    const answered = await this.store.consultations.answer(id, { text, by: this.me(staff), at: this.now().toISOString() });
    if (!answered) throw new HttpProblem(409, 'conflict', 'The question has already been answered');
    await this.bus.publish(queueChannel(found.clinic), 0);
    return this.view(answered, errand?.owner);
  }
}
