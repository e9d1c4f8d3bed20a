import type { ErrandOutcome } from '@nara/contract/follow-up';
import { ageOn } from '../http/personnummer.js';
import type { FollowUpRecord } from '../stores/follow-up-store.js';
import type { Store } from '../stores/store.js';
import { chatAvailability } from './chat-availability.js';
import type { ClinicDirectory } from './clinics.js';

/**
 * Writes the follow-up record of an errand staff just closed with an outcome: who (age), why (reason,
 * urgency from the assessment), how fast (first staff answer, the promised answer time, close) and
 * how it ended. The indicators count these records only.
 */
export class FollowUpRecorder {
  constructor(
    private readonly store: Store,
    private readonly clinics: ClinicDirectory,
    private readonly now: () => Date,
  ) {}

  async recordClose(conversationId: string, outcome: ErrandOutcome): Promise<FollowUpRecord> {
    const conversation = await this.store.conversations.get(conversationId);
    if (!conversation) throw new Error(`No conversation ${conversationId}`);
    const events = await this.store.conversations.listAfter(conversationId, 0, 10_000);
    const firstAnswer = events.find((e) => e.type === 'message' && e.sender.kind === 'staff');
    const closed = [...events].reverse().find((e) => e.type === 'closed');
    const triage = conversation.assessmentId ? await this.store.cases.get(conversation.assessmentId) : null;
    const created = new Date(conversation.createdAt);
    const record: FollowUpRecord = {
      conversationId,
      clinic: conversation.clinic,
      profession: conversation.profession,
      patient: conversation.owner,
      patientAge: ageOn(conversation.owner, created),
      ...(triage ? { reasonId: triage.reasonId, urgency: triage.assessment.urgency } : {}),
      createdAt: conversation.createdAt,
      ...(firstAnswer ? { firstAnswerAt: firstAnswer.at } : {}),
      ...(this.clinics.has(conversation.clinic) ? { dueAt: this.dueAt(conversation.clinic, conversation.profession, created) } : {}),
      closedAt: closed?.at ?? this.now().toISOString(),
      outcome,
    };
    await this.store.followUp.put(record);
    return record;
  }

  /** The profession's answer time, counted from when the errand came in or the chat next opened. */
  private dueAt(clinic: string, profession: FollowUpRecord['profession'], created: Date): string {
    const availability = chatAvailability(this.clinics.seed(clinic).openingHours, profession, created);
    const from = availability.open || !availability.nextOpensAt ? created : new Date(availability.nextOpensAt);
    return new Date(from.getTime() + availability.replyWithinHours * 3_600_000).toISOString();
  }
}
