// The care team's calls (HttpBackend.staffBackend()), loaded on first use: a patient's page never downloads them.
import { ChatEvent, ChatEventList } from '@nara/contract/chat';
import { Consultation, ConsultationList, PhraseList, StaffConversation, StaffFormList, StaffProfile, StaffQueue, StaffReport } from '@nara/contract/staff';
import type { CallOptions, ConversationEventsOptions, NewConsultation, NewStaffConversation, Outcome, Profession, QueueEventsOptions, StaffBackend } from '@nara/contract';
import type { ErrandOutcome } from '@nara/contract/follow-up';
import { toNaraError, type HttpBackend } from './http-backend.js';
import { jsonEventStream } from './json-event-stream.js';

const errand = (id: string) => `v1/staff/conversations/${encodeURIComponent(id)}`;

/** `/v1/staff/...` over the same connection, token and language as the HttpBackend it comes from. */
export class HttpStaffBackend implements StaffBackend {
  constructor(private readonly backend: HttpBackend) {}

  me(options?: CallOptions) {
    return this.backend.request(StaffProfile, 'v1/staff/me', options);
  }

  queue(scope: 'mine' | 'all' = 'mine', options?: CallOptions) {
    return this.backend.request(StaffQueue, `v1/staff/queue?scope=${scope}`, options);
  }

  queueEvents(options: QueueEventsOptions = {}) {
    const { scope = 'mine', ...rest } = options;
    return jsonEventStream(this.backend, `v1/staff/queue?scope=${scope}`, StaffQueue, { ...rest, event: 'queue' });
  }

  report(conversationId: string, options?: CallOptions) {
    return this.backend.request(StaffReport, `${errand(conversationId)}/report`, options);
  }

  async attachment(attachmentId: string, options: CallOptions = {}): Promise<Blob> {
    try {
      const response = await this.backend.http(`v1/staff/attachments/${encodeURIComponent(attachmentId)}`, { signal: options.signal, headers: { Accept: '*/*' } });
      return await response.blob();
    } catch (error) {
      throw await toNaraError(error);
    }
  }

  conversationEvents(conversationId: string, options: ConversationEventsOptions = {}) {
    return jsonEventStream(this.backend, `${errand(conversationId)}/events`, ChatEvent, options);
  }

  /** The errand's events after a seq, as a list (no stream). */
  async events(conversationId: string, after = 0, options?: CallOptions) {
    return (await this.backend.request(ChatEventList, `${errand(conversationId)}/events?after=${after}`, options)).events;
  }

  async phrases(options?: CallOptions) {
    return (await this.backend.request(PhraseList, 'v1/staff/phrases', options)).phrases;
  }

  async forms(options?: CallOptions) {
    return (await this.backend.request(StaffFormList, 'v1/staff/forms', options)).forms;
  }

  take(conversationId: string, options?: CallOptions) {
    return this.backend.request(StaffConversation, `${errand(conversationId)}/take`, { ...options, method: 'post' });
  }

  reply(conversationId: string, text: string, options?: CallOptions) {
    return this.backend.request(ChatEvent, `${errand(conversationId)}/messages`, { ...options, method: 'post', json: { text } });
  }

  handOver(conversationId: string, to: Profession, options?: CallOptions) {
    return this.backend.request(StaffConversation, `${errand(conversationId)}/handover`, { ...options, method: 'post', json: { to } });
  }

  sendForm(conversationId: string, formId: string, options?: CallOptions) {
    return this.backend.request(ChatEvent, `${errand(conversationId)}/forms`, { ...options, method: 'post', json: { formId } });
  }

  inviteToVideo(conversationId: string, startsAt?: string, options?: CallOptions) {
    return this.backend.request(ChatEvent, `${errand(conversationId)}/video`, { ...options, method: 'post', json: startsAt ? { startsAt } : {} });
  }

  close(conversationId: string, outcome?: Outcome | ErrandOutcome, options?: CallOptions) {
    return this.backend.request(StaffConversation, `${errand(conversationId)}/close`, { ...options, method: 'post', json: outcome ? { outcome } : {} });
  }

  startConversation(request: NewStaffConversation, options?: CallOptions) {
    return this.backend.request(StaffConversation, 'v1/staff/conversations', { ...options, method: 'post', json: request });
  }

  offerVisit(conversationId: string, slotIds: string[], options?: CallOptions) {
    return this.backend.request(ChatEvent, `${errand(conversationId)}/visit-offers`, { ...options, method: 'post', json: { slotIds } });
  }

  consult(conversationId: string, request: NewConsultation, options?: CallOptions) {
    return this.backend.request(Consultation, `${errand(conversationId)}/consultations`, { ...options, method: 'post', json: request });
  }

  async consultations(conversationId: string, options?: CallOptions) {
    return (await this.backend.request(ConsultationList, `${errand(conversationId)}/consultations`, options)).consultations;
  }

  async myConsultations(options?: CallOptions) {
    return (await this.backend.request(ConsultationList, 'v1/staff/consultations', options)).consultations;
  }

  answerConsultation(consultationId: string, text: string, options?: CallOptions) {
    return this.backend.request(Consultation, `v1/staff/consultations/${encodeURIComponent(consultationId)}/answer`, { ...options, method: 'post', json: { text } });
  }
}
