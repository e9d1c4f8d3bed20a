import type { ChatEvent, Profession } from '@nara/contract';
import { chatScript, followUpQuestionnaire, HANDOVER_TO, staffFor } from '../seed/chat-script.js';
import type { ConversationRecord, Store } from '../stores/store.js';
import type { CareTeamObserver, ChatService } from './chat.js';

export interface CareTeamSimulationOptions {
  /** Waits between staff actions; tests pass `() => Promise.resolve()` to make the team instant. */
  delay?: (ms: number) => Promise<void>;
  /**
   * Whether the conversation's chat is staffed now and when it next opens (the app passes the
   * clinic's opening hours). Outside them the team does not join: the errand waits in the queue, as
   * the patient's panel says, until the chat opens.
   */
  availability?: (conversation: ConversationRecord) => { open: boolean; nextOpensAt?: string };
  /** The clock (the app's). */
  now?: () => Date;
}

type Stage = 'waiting' | 'greeted' | 'form-sent' | 'video-invited' | 'done';

/**
 * A scripted care team for the demo and Storybook (never for real patients): staff join, answer in
 * the conversation's language, send a form, hand over to another profession, invite to video and
 * close the errand — one step per thing the patient does, on timers.
 */
export class CareTeamSimulator implements CareTeamObserver {
  private readonly delay: (ms: number) => Promise<void>;
  private readonly stages = new Map<string, Stage>();
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly chat: ChatService,
    private readonly store: Store,
    options: CareTeamSimulationOptions = {},
  ) {
    this.delay = options.delay ?? ((ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 2 ** 31 - 1))));
    this.availability = options.availability;
    this.now = options.now ?? (() => new Date());
  }

  private readonly availability?: CareTeamSimulationOptions['availability'];
  private readonly now: () => Date;

  opened(conversation: ConversationRecord): void {
    this.stages.set(conversation.id, 'waiting');
    this.run(conversation.id, async () => {
      const staff = staffFor(conversation.profession);
      const availability = this.availability?.(conversation);
      if (availability && !availability.open && availability.nextOpensAt) {
        await this.delay(Math.max(0, Date.parse(availability.nextOpensAt) - this.now().getTime()));
        if ((await this.store.conversations.get(conversation.id))?.status !== 'queued') return;
      }
      await this.delay(2500);
      await this.chat.staffJoined(conversation.id, staff);
      await this.say(conversation.id, conversation.profession, chatScript.greeting(conversation.profession, conversation.locale));
      this.stages.set(conversation.id, 'greeted');
    });
  }

  patientWrote(conversation: ConversationRecord, event: ChatEvent): void {
    const { id, locale } = conversation;
    this.run(id, async () => {
      const current = await this.store.conversations.get(id);
      if (!current || current.status === 'closed') return;
      const profession = current.profession;
      const stage = this.stages.get(id);
      if (event.type === 'form-answered' && stage === 'form-sent') {
        const to = HANDOVER_TO[profession];
        await this.say(id, profession, chatScript.handingOver(to, locale));
        await this.delay(1000);
        await this.chat.handOver(id, profession, to);
        await this.delay(3000);
        const next = staffFor(to);
        await this.chat.staffJoined(id, next);
        await this.say(id, to, chatScript.invitingToVideo(to, locale));
        const startsAt = new Date(Date.now() + 15 * 60_000);
        startsAt.setUTCSeconds(0, 0);
        await this.chat.append(id, {
          type: 'video-invitation',
          at: new Date().toISOString(),
          requestId: crypto.randomUUID(),
          staff: next,
          url: `https://video.demo.nara.invalid/room/${id}`,
          startsAt: startsAt.toISOString(),
        });
        this.stages.set(id, 'video-invited');
      } else if (event.type === 'message' && stage === 'greeted') {
        await this.say(id, profession, chatScript.sendingForm(locale));
        await this.chat.append(id, {
          type: 'form-sent',
          at: new Date().toISOString(),
          requestId: crypto.randomUUID(),
          staff: staffFor(profession),
          questionnaire: followUpQuestionnaire(locale) as never,
        });
        this.stages.set(id, 'form-sent');
      } else if (event.type === 'message' && stage === 'form-sent') {
        await this.say(id, profession, chatScript.remindForm(locale));
      } else if (event.type === 'message' && stage === 'video-invited') {
        await this.say(id, profession, chatScript.closing(locale));
        await this.delay(1000);
        await this.chat.close(id, 'staff');
        this.stages.set(id, 'done');
      }
    });
  }

  /** Resolves when every scripted step started so far has run (tests wait on this). */
  async idle(): Promise<void> {
    while (true) {
      const pending = [...this.queues.values()];
      await Promise.all(pending);
      if (pending.length === this.queues.size && [...this.queues.values()].every((p, i) => p === pending[i])) return;
    }
  }

  /** Staff type for a moment, then write. */
  private async say(id: string, profession: Profession, text: string) {
    const staff = staffFor(profession);
    await this.chat.append(id, { type: 'typing', at: new Date().toISOString(), staff });
    await this.delay(Math.min(4000, 600 + text.length * 20));
    await this.chat.staffMessage(id, staff, text);
  }

  /** Steps of one conversation run one after the other. */
  private run(id: string, step: () => Promise<void>) {
    const next = (this.queues.get(id) ?? Promise.resolve()).then(step).catch((error) => console.error('care-team simulation', error));
    this.queues.set(id, next);
  }
}
