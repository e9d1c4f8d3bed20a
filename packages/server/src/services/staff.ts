import type { ChatEvent, Locale, Profession, StaffMember } from '@nara/contract';
import type { NewStaffConversation, Outcome, QueueEntry, StaffReport } from '@nara/contract/staff';
import type { Person } from '../http/auth.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { staffForms } from '../seed/staff-forms.js';
import type { ConversationRecord, Store } from '../stores/store.js';
import type { AccessControl } from './access.js';
import type { ChatService } from './chat.js';
import type { ClinicDirectory } from './clinics.js';
import { listedPatients } from '../seed/listings.js';
import type { AttachmentRecord } from '../stores/store.js';
import { byUrgencyThenAge, queueEntry } from './staff-queue.js';
import { StaffReportBuilder, testPatientNames, type PatientNames } from './staff-report.js';

/** A conversation as staff see it: who the patient is, and where it stands. */
export interface StaffConversation {
  id: string;
  clinic: string;
  profession: Profession;
  status: ConversationRecord['status'];
  createdAt: string;
  lastSeq: number;
  patient: { personnummer: string };
  /** The start of the patient's first message, for the queue. */
  preview?: string;
}

/**
 * What care staff do in chats: see their clinic's queue, take an errand, reply, hand over to
 * another profession, send a form, invite to video, close. Staff reach only their own clinic's
 * conversations; every read and write is in the access log.
 */
export class StaffService {
  constructor(
    private readonly store: Store,
    private readonly chat: ChatService,
    private readonly access: AccessControl,
    private readonly videoBaseUrl: string,
    private readonly clinics: ClinicDirectory,
    private readonly now: () => Date = () => new Date(),
    private readonly names: PatientNames = testPatientNames,
  ) {
    this.reports = new StaffReportBuilder(store, names);
  }

  private readonly reports: StaffReportBuilder;

  private member(staff: Person): StaffMember {
    return { name: staff.name ?? staff.id, profession: staff.profession! };
  }

  /** The conversation, when it belongs to the staff member's clinic (404 otherwise: its existence is not revealed). */
  private async record(staff: Person, id: string): Promise<ConversationRecord> {
    const record = await this.store.conversations.get(id);
    if (!record || record.clinic !== staff.clinic) throw notFound(`Conversation ${id}`);
    return record;
  }

  private async summary(record: ConversationRecord, withPreview: boolean): Promise<StaffConversation> {
    const lastSeq = await this.store.conversations.lastSeq(record.id);
    let preview: string | undefined;
    if (withPreview) {
      const first = (await this.store.conversations.listAfter(record.id, 0, 10)).find((e) => e.type === 'message' && e.sender.kind === 'patient');
      if (first?.type === 'message') preview = first.text.slice(0, 80);
    }
    return {
      id: record.id,
      clinic: record.clinic,
      profession: record.profession,
      status: record.status,
      createdAt: record.createdAt,
      lastSeq,
      patient: { personnummer: record.owner },
      ...(preview ? { preview } : {}),
    };
  }

  /**
   * Open and queued errands at the staff member's clinic (their profession's, or all): by urgency,
   * then the longest waiting first, each with its promised answer time.
   */
  async queue(staff: Person, scope: 'mine' | 'all', page: { offset: number; limit: number } = { offset: 0, limit: 50 }): Promise<{ conversations: QueueEntry[]; next?: number }> {
    const records = await this.store.conversations.listByClinic(staff.clinic!, ['queued', 'open']);
    const visible = records.filter((r) => scope === 'all' || r.profession === staff.profession);
    const hours = this.clinics.seed(staff.clinic!).openingHours;
    const now = this.now();
    const all: QueueEntry[] = [];
    for (const record of visible) all.push(await queueEntry(this.store, this.reports, this.names, record, hours, now));
    all.sort(byUrgencyThenAge);
    // One page, and one access-log row per read naming the errands shown.
    const shown = all.slice(page.offset, page.offset + page.limit);
    await this.access.staff(staff, `clinic:${staff.clinic}`, 'read', `queue:${scope}:${page.offset}:${shown.map((e) => e.id).join(',')}`);
    const next = page.offset + shown.length;
    return { conversations: shown, ...(next < all.length ? { next } : {}) };
  }

  /** The patient's report (answers, assessment, files, scored forms); the read is in the access log. */
  async report(staff: Person, id: string, locale: Locale): Promise<StaffReport> {
    const record = await this.record(staff, id);
    await this.access.staff(staff, record.owner, 'read', `report:${id}`);
    return this.reports.build(record, locale);
  }

  /**
   * A file the patient attached to an errand at the staff member's clinic (their form or their chat
   * messages); any other file is 404, whoever owns it. The read is in the access log.
   */
  async attachment(staff: Person, attachmentId: string): Promise<AttachmentRecord> {
    const stored = await this.store.attachments.get(attachmentId);
    const missing = () => new HttpProblem(404, 'not-found', 'No such file');
    if (!stored) throw missing();
    const errands = (await this.store.conversations.listByOwners([stored.owner])).filter((r) => r.clinic === staff.clinic);
    for (const record of errands) {
      if ((await this.reports.attachmentIds(record)).has(attachmentId)) {
        await this.access.staff(staff, stored.owner, 'read', `attachment:${attachmentId}`);
        return stored;
      }
    }
    throw missing();
  }

  /** Whether a person is a patient of the clinic: listed there, or has had an errand, a booking or an assessment there. */
  async isPatientOf(clinic: string, personnummer: string): Promise<boolean> {
    if (listedPatients[clinic]?.includes(personnummer)) return true;
    if ((await this.store.conversations.listByOwners([personnummer])).some((r) => r.clinic === clinic)) return true;
    if ((await this.store.bookings.listByPerson(personnummer)).some((b) => b.clinic === clinic)) return true;
    return (await this.store.cases.listByPerson(personnummer)).some((c) => c.clinic === clinic);
  }

  /**
   * A contact the care team starts (a test result, a form, a follow-up) with a patient of the
   * clinic: the staff member holds it, writes the first message, sends the form when given, and hands
   * it to another profession when asked.
   */
  async start(staff: Person, request: NewStaffConversation, locale: Locale): Promise<StaffConversation> {
    const form = request.formId ? this.form(staff, request.formId) : undefined;
    if (request.formId && !form) throw new HttpProblem(422, 'invalid', `No form ${request.formId}`, [{ path: 'formId', message: 'Unknown form' }]);
    if (!request.message.trim()) throw new HttpProblem(422, 'invalid', 'Write a message', [{ path: 'message', message: 'Required' }]);
    if (!(await this.isPatientOf(staff.clinic!, request.patient))) {
      throw new HttpProblem(422, 'invalid', 'The person is not a patient of this clinic', [{ path: 'patient', message: 'Not a patient of this clinic' }]);
    }
    await this.access.staff(staff, request.patient, 'write', 'conversations');
    const record = await this.chat.createByStaff({ id: crypto.randomUUID(), owner: request.patient, clinic: staff.clinic!, profession: staff.profession!, locale });
    await this.chat.staffJoined(record.id, this.member(staff));
    await this.chat.staffMessage(record.id, this.member(staff), request.message);
    if (form) await this.chat.append(record.id, this.formEvent(staff, form.questionnaire(locale)));
    if (request.profession && request.profession !== staff.profession) await this.chat.handOver(record.id, staff.profession!, request.profession);
    return this.get(staff, record.id);
  }

  async get(staff: Person, id: string): Promise<StaffConversation> {
    const record = await this.record(staff, id);
    await this.access.staff(staff, record.owner, 'read', `conversation:${id}`);
    return this.summary(record, false);
  }

  /** For the event stream: checks access and logs the read. */
  async openStream(staff: Person, id: string): Promise<ConversationRecord> {
    const record = await this.record(staff, id);
    await this.access.staff(staff, record.owner, 'read', `conversation:${id}`);
    return record;
  }

  async events(staff: Person, id: string, after: number): Promise<ChatEvent[]> {
    await this.openStream(staff, id);
    return this.store.conversations.listAfter(id, after, 1000);
  }

  /** Takes a queued errand of the staff member's own profession. */
  async take(staff: Person, id: string): Promise<StaffConversation> {
    const record = await this.writable(staff, id);
    if (record.status !== 'queued') throw new HttpProblem(409, 'conflict', 'Someone has already taken this errand');
    if (record.profession !== staff.profession) {
      throw new HttpProblem(403, 'forbidden', `This errand is queued for ${record.profession}; hand it over or ask a colleague`);
    }
    if (!(await this.chat.staffJoined(id, this.member(staff)))) throw new HttpProblem(409, 'conflict', 'Someone has already taken this errand');
    return this.get(staff, id);
  }

  async reply(staff: Person, id: string, text: string): Promise<ChatEvent> {
    const record = await this.writable(staff, id);
    this.mustHold(staff, record);
    if (!text.trim()) throw new HttpProblem(422, 'invalid', 'Write a message', [{ path: 'text', message: 'Required' }]);
    return this.chat.staffMessage(id, this.member(staff), text);
  }

  async handOver(staff: Person, id: string, to: Profession): Promise<StaffConversation> {
    const record = await this.writable(staff, id);
    this.mustBeWith(staff, record);
    if (record.profession === to) throw new HttpProblem(422, 'invalid', `The errand is already with ${to}`);
    if (!(await this.chat.handOver(id, record.profession, to))) throw changedMeanwhile();
    return this.get(staff, id);
  }

  async sendForm(staff: Person, id: string, formId: string): Promise<ChatEvent> {
    const record = await this.writable(staff, id);
    this.mustHold(staff, record);
    const form = this.form(staff, formId);
    if (!form) throw new HttpProblem(422, 'invalid', `No form ${formId}`, [{ path: 'formId', message: 'Unknown form' }]);
    return this.chat.append(id, this.formEvent(staff, form.questionnaire(record.locale)));
  }

  /** A form of the library the staff member's clinic has switched on. */
  private form(staff: Person, formId: string) {
    const offered = this.clinics.settings?.formsOf(staff.clinic!);
    return offered && !offered.includes(formId) ? undefined : staffForms.find((f) => f.id === formId);
  }

  private formEvent(staff: Person, questionnaire: ReturnType<(typeof staffForms)[number]['questionnaire']>) {
    return { type: 'form-sent' as const, at: this.now().toISOString(), requestId: crypto.randomUUID(), staff: this.member(staff), questionnaire };
  }

  async inviteToVideo(staff: Person, id: string, startsAt?: string): Promise<ChatEvent> {
    const record = await this.writable(staff, id);
    this.mustHold(staff, record);
    const requestId = crypto.randomUUID();
    return this.chat.append(id, {
      type: 'video-invitation',
      at: new Date().toISOString(),
      requestId,
      staff: this.member(staff),
      url: `${this.videoBaseUrl.replace(/\/+$/, '')}/${requestId}`,
      ...(startsAt ? { startsAt } : {}),
    });
  }

  async close(staff: Person, id: string, outcome?: Outcome): Promise<StaffConversation> {
    const record = await this.writable(staff, id);
    this.mustBeWith(staff, record);
    if (!(await this.chat.close(id, 'staff', record.profession, outcome))) throw changedMeanwhile();
    return this.get(staff, id);
  }

  private async writable(staff: Person, id: string): Promise<ConversationRecord> {
    const record = await this.record(staff, id);
    if (record.status === 'closed') throw new HttpProblem(409, 'conflict', 'The conversation is closed');
    await this.access.staff(staff, record.owner, 'write', `conversation:${id}`);
    return record;
  }

  /** Closing or handing over needs the errand to be with the staff member's profession (queued for it, or taken by it). */
  private mustBeWith(staff: Person, record: ConversationRecord) {
    if (record.profession !== staff.profession) throw new HttpProblem(403, 'forbidden', `The errand is with ${record.profession}`);
  }

  /** Writing to the patient needs the errand taken by the staff member's profession. */
  private mustHold(staff: Person, record: ConversationRecord) {
    if (record.status !== 'open') throw new HttpProblem(409, 'conflict', 'Take the errand first');
    if (record.profession !== staff.profession) throw new HttpProblem(403, 'forbidden', `The errand is with ${record.profession}`);
  }
}

const changedMeanwhile = () => new HttpProblem(409, 'conflict', 'The errand was changed meanwhile; reload it');
