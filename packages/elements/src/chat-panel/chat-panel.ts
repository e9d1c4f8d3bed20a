import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import {
  MAX_MESSAGE_LENGTH,
  NaraError,
  type AttachmentRef,
  type CareBackend,
  type ChatEvent,
  type ChatEventOf,
  type Conversation,
  type Profession,
} from '@nara/contract';
import { pickFiles, type PendingFile } from './attachments.js';
import { NaraElement } from '../base/nara-element.js';
import { errorAlert } from '../base/error-alert.js';
import { icon } from '../icons/icons.js';
import { signInStrings } from '../base/sign-in-strings.js';
import { base, tokens } from '../styles/tokens.js';
import { chatPanelStyles } from './chat-panel.styles.js';
import { renderComposer } from './composer.js';
import { renderAvailability } from './availability.js';
import { renderMessageList, staffLabel } from './message-list.js';
import { OutboxController } from './outbox-controller.js';
import { LogWindow } from './log-window.js';
import { ConversationStreamController } from './stream-controller.js';
import { chatStrings, type ChatStrings } from './strings.js';
import { Connectivity } from '../controllers/connectivity.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { VisitOffers, slotLabel } from './visit-offer.js';
import { headingLevel } from '../controllers/heading-level.js';
import { WrittenEmergency } from './written-emergency.js';

/**
 * A conversation with care staff: messages streamed live (resumed without gaps after a dropped
 * connection), the queue and the chat's opening hours, handover between professions, forms staff
 * send, video invitations, files. What the patient writes while offline waits in an outbox and goes
 * out in order, once, when the connection is back; a refused message goes back into the text box.
 *
 * @tagname nara-chat-panel
 * @summary Chat with care staff that never loses a message.
 *
 * @csspart base - The panel.
 * @csspart heading - The panel's heading (who the chat is with).
 * @csspart log - The scrolling message list (role=log).
 * @csspart composer - The message form.
 * @csspart emergency - The 112 advice shown when a message the patient sent describes an emergency.
 * @csspart call-112 - Its call link.
 *
 * @cssprop --nara-chat-height - Height of the panel. Default `clamp(28rem, 85dvh, 44rem)`: most of a phone's screen.
 *
 * @fires nara-conversation - A conversation was opened (detail: `{ conversationId }`); keep the id to come back to it.
 * @fires nara-message-sent - The server confirmed a message (detail: `{ conversationId, event }`).
 * @fires nara-chat-closed - Staff closed the errand (detail: `{ conversationId }`).
 * @fires nara-auth-required - The backend needs the person to sign in (again). Detail: `{ retry }`; nothing typed is lost meanwhile.
 * @fires nara-error - Something the person could not complete (detail: `{ code, message }`).
 */
export class NaraChatPanel extends NaraElement {
  static override properties: PropertyDeclarations = {
    conversation: { reflect: true },
    profession: {},
    assessmentId: { attribute: 'assessment-id' },
    maxLength: { type: Number, attribute: 'max-length' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    info: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    noChat: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    files: { state: true, attribute: false },
    fileErrors: { state: true, attribute: false },
    sendError: { state: true, attribute: false },
    authNeeded: { state: true, attribute: false },
    canAttach: { state: true, attribute: false },
    canBook: { state: true, attribute: false },
    questionnaireReady: { state: true, attribute: false },
  };
  static override styles = [tokens, base, chatPanelStyles];

  /** The conversation to show. Without it, `clinic` + `profession` (and `assessment-id`) open a new one. */
  conversation = '';
  /** Profession to chat with, for opening a conversation. */
  profession: Profession | '' = '';
  /** The assessment the chat continues from (from `nara-triage-result`). */
  assessmentId = '';
  /** Longest message; the count turns into an error above it. */
  maxLength = MAX_MESSAGE_LENGTH;
  /** The level of the panel's heading (1–6), so it fits the page's outline; a form staff send goes one deeper. */
  headingLevel = 2;

  private info?: Conversation;
  private loadError?: NaraError;
  private noChat?: (locale: string, profession: string) => string;
  private draft = '';
  private files: PendingFile[] = [];
  private fileErrors: string[] = [];
  private sendError?: string;
  private authNeeded = false;
  private canAttach = false;
  /** Whether the backend can confirm offered times (`acceptVisitOffer`). */
  private canBook = false;

  private get logElement() {
    return this.renderRoot.querySelector<HTMLElement>('.log');
  }
  private get textarea() {
    return this.renderRoot.querySelector<HTMLTextAreaElement>('#composer-text');
  }
  private get fileInput() {
    return this.renderRoot.querySelector<HTMLInputElement>('#composer-files');
  }

  private readonly stream = new ConversationStreamController(this, {
    onEvents: (events, live) => this.onEvents(events, live),
    onStatus: (status, error) => {
      if (status === 'auth-required') this.needAuth(error);
      if (status === 'live') {
        this.authNeeded = false;
        void this.flush();
      }
    },
  });
  private readonly outbox = new OutboxController(this, {
    sender: async () => {
      const backend = await this.resolveBackend();
      const id = this.info?.id;
      if (!backend || !id) return undefined;
      return async (item) => {
        const attachments = [...item.attachments];
        for (const file of item.files ?? []) attachments.push(file.ref ?? (file.ref = await this.upload(backend, file)));
        return backend.sendMessage(id, item.text, { idempotencyKey: item.key, attachments, locale: this.lang_ });
      };
    },
    onSent: (event) => this.emit('nara-message-sent', { conversationId: this.info!.id, event }),
    onRefused: (item, error) => {
      // Refused for good: the text goes back into the box, nothing is lost.
      this.draft = [item.text, this.draft].filter((s) => s.trim()).join('\n\n');
      const files = item.files ?? [];
      if (files.length) this.files = [...files, ...this.files];
      this.sendError = `${this.t.sendFailed} ${this.errorMessage(error)}`;
      this.reportError(error);
    },
    onAuthRequired: (error) => this.needAuth(error),
  });
  private readonly logWindow = new LogWindow(this, {
    element: () => this.logElement,
    historyIn: () => this.info !== undefined && this.stream.log.lastSeq >= this.info.lastSeq,
  });
  private readonly network = new Connectivity(this, (online) => online && this.retry());
  private readonly live = new LiveAnnouncer(this);
  private readonly offers = new VisitOffers(this, {
    backend: () => this.resolveBackend(),
    conversationId: () => this.info?.id,
    locale: () => this.lang_,
    errorMessage: (error) => this.errorMessage(error),
    onBooked: (booking) => {
      this.announce(this.t.visitBookedNotice(slotLabel(booking.slot, this.t, this.lang_)));
      this.emit('nara-booked', { booking });
    },
    onError: (error) => (error.code === 'auth' ? this.needAuth(error) : this.reportError(error)),
  });
  private readonly writtenEmergency = new WrittenEmergency(this);
  private opening?: string;

  /** Sends what waits in the outbox and reconnects now (after sign-in, or when the host knows the network is back). */
  retry(): void {
    this.authNeeded = false;
    if (!this.info) {
      this.opening = undefined;
      void this.open();
      return;
    }
    this.stream.resume();
    void this.flush();
  }

  private get t(): ChatStrings {
    return chatStrings[this.lang_];
  }

  /** The backend in force, or undefined while there is none (no provider, api, demo or backend yet). */
  protected async resolveBackend(): Promise<CareBackend | undefined> {
    try {
      return await this.getBackend();
    } catch (error) {
      this.loadError = NaraError.is(error) ? error : new NaraError('invalid', String(error));
      return undefined;
    }
  }

  /** What the page did not set for the chat to open, in words fit to show; undefined when nothing is missing. */
  private get missing(): string | undefined {
    return this.configProblem(this.info || this.conversation || (this.clinicId && this.profession) ? undefined : this.t.missingTarget);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.reportConfig(this.missing);
    if (['conversation', 'clinic', 'profession', 'assessmentId', 'backend', 'api', 'demo', 'provided'].some((k) => changed.has(k as keyof NaraChatPanel))) {
      void this.open();
    }
  }

  private async open(): Promise<void> {
    const backend = await this.resolveBackend();
    if (!backend) return;
    this.canAttach = typeof backend.uploadAttachment === 'function';
    this.canBook = typeof backend.acceptVisitOffer === 'function';
    const clinic = this.clinicId;
    const target = this.conversation || (clinic && this.profession ? `new:${clinic}:${this.profession}:${this.assessmentId}` : '');
    if (!target || target === this.opening) return;
    this.opening = target;
    this.loadError = undefined;
    try {
      let info: Conversation;
      if (this.conversation) {
        info = await backend.getConversation(this.conversation, { locale: this.lang_ });
      } else {
        info = await backend.createConversation({
          clinic: clinic!,
          profession: this.profession as Profession,
          ...(this.assessmentId ? { assessmentId: this.assessmentId } : {}),
        }, { locale: this.lang_ });
        this.opening = info.id;
        this.conversation = info.id;
        this.emit('nara-conversation', { conversationId: info.id });
      }
      this.info = info;
      this.logWindow.reset();
      this.stream.connect(backend, info.id, info.lastSeq);
    } catch (error) {
      this.opening = undefined;
      this.fail(error);
    }
  }

  private onEvents(events: ChatEvent[], live: boolean) {
    // While the history streams in, show its newest entries (unless the patient asked for earlier ones).
    if (!live) this.logWindow.historyGrew(this.stream.log.entries.length);
    this.outbox.settle(this.stream.log.clientKeys);
    for (const event of events) {
      if (event.type === 'handed-over' && this.info) this.info = { ...this.info, profession: event.to };
      if (event.type === 'closed' && this.info) {
        this.info = { ...this.info, status: 'closed' };
        if (live) this.emit('nara-chat-closed', { conversationId: this.info.id });
      }
    }
    if (events.some((e) => e.type === 'handed-over')) void this.refreshInfo();
    if (!live) return;
    const staff = events.filter((e): e is ChatEventOf<'message'> => e.type === 'message' && e.sender.kind === 'staff').at(-1);
    const other = events.filter((e) => e.type !== 'message' && e.type !== 'typing' && e.type !== 'queue').at(-1);
    if (staff && staff.sender.kind === 'staff') {
      const text = staff.text.length > 300 ? `${staff.text.slice(0, 300)}…` : staff.text;
      this.announce(`${this.t.newMessageFrom(staffLabel(staff.sender, this.t))}: ${text}`);
    } else if (other && other.type === 'closed') this.announce(this.t.closed);
    else if (other && other.type === 'form-sent') this.announce(this.t.formSent(other.staff.name));
    else if (other && other.type === 'video-invitation') this.announce(this.t.video(other.staff.name));
    else if (other && other.type === 'visit-offered') this.announce(this.t.visitOffered(other.staff.name));
    else if (other && other.type === 'handed-over') this.announce(this.t.handedOver(this.t.profession[other.from], this.t.profession[other.to]));
  }

  private async refreshInfo() {
    const backend = await this.resolveBackend();
    if (!backend || !this.info) return;
    try {
      this.info = await backend.getConversation(this.info.id, { locale: this.lang_ });
    } catch {
      // The header keeps what it had; the stream carries on.
    }
  }

  private announce(text: string) {
    this.live.announce(text);
  }

  // Sending

  private onInput = (event: InputEvent) => {
    this.draft = (event.target as HTMLTextAreaElement).value;
    if (this.sendError && this.draft.trim()) this.sendError = undefined;
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    event.preventDefault();
    (event.target as HTMLTextAreaElement).form?.requestSubmit();
  };

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = this.draft.replace(/\s+$/, '');
    if (!text.trim() && this.files.length === 0) {
      this.sendError = this.t.empty;
      this.textarea?.focus();
      return;
    }
    if ([...text].length > this.maxLength) {
      this.textarea?.focus();
      return;
    }
    const files = this.files;
    this.draft = '';
    this.files = [];
    this.fileErrors = [];
    this.sendError = undefined;
    this.logWindow.follow();
    this.outbox.add(text.trim() ? text : '', files);
    void this.writtenEmergency.check(text);
  };

  /** Sends what waits in the outbox. */
  private flush(): Promise<void> {
    return this.outbox.flush();
  }

  private async upload(backend: CareBackend, file: PendingFile): Promise<AttachmentRef> {
    if (!backend.uploadAttachment) throw new NaraError('unsupported-type', this.t.uploadUnavailable);
    file.progress = 0;
    const uploaded = await backend.uploadAttachment(file.file, {
      onProgress: (fraction) => {
        file.progress = fraction;
        this.requestUpdate();
      },
    });
    file.progress = 1;
    if (file.preview) URL.revokeObjectURL(file.preview);
    return { id: uploaded.id, name: uploaded.title || file.file.name, contentType: uploaded.contentType, size: uploaded.size };
  }

  private needAuth(error?: NaraError) {
    if (this.authNeeded) return;
    this.authNeeded = true;
    this.reportError(error ?? new NaraError('auth', 'Sign in to continue'), () => this.retry());
  }

  // Files

  private onChooseFiles = () => this.fileInput?.click();

  private onPickFiles = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const { accepted, errors } = pickFiles(this.files, [...(input.files ?? [])], this.t);
    this.files = [...this.files, ...accepted];
    this.fileErrors = errors;
    input.value = '';
  };

  private onRemoveFile = (file: PendingFile) => {
    if (file.preview) URL.revokeObjectURL(file.preview);
    this.files = this.files.filter((f) => f !== file);
    this.fileErrors = [];
    this.textarea?.focus();
  };

  // Forms

  /** Forms load `nara-questionnaire` on first use: a chat without forms never downloads it. */
  private questionnaireReady = Boolean(customElements.get('nara-questionnaire'));
  private readonly sendingForms = new Set<string>();

  private renderForm = (event: ChatEventOf<'form-sent'>) => {
    if (!this.questionnaireReady) {
      void import('../questionnaire/define.js').then(
        () => (this.questionnaireReady = true),
        (error) => this.fail(error),
      );
      return html`<p role="status">${this.t.formLoading}</p>`;
    }
    return html`<nara-questionnaire
      .questionnaire=${event.questionnaire}
      .backend=${this.backend}
      locale=${this.lang_}
      heading-level=${headingLevel(this.headingLevel, 1)}
      submit-label=${this.t.formSubmit}
      @nara-submit=${(e: CustomEvent<{ response: unknown }>) => void this.submitForm(event, e.detail.response)}
    ></nara-questionnaire>`;
  };

  /** The answers to a form go back into the conversation (once: the same key on every try). */
  private async submitForm(event: ChatEventOf<'form-sent'>, response: unknown) {
    const backend = await this.resolveBackend();
    if (!backend || !this.info || this.sendingForms.has(event.requestId)) return;
    this.sendingForms.add(event.requestId);
    try {
      await backend.answerForm(
        this.info.id,
        { requestId: event.requestId, response: response as never },
        { idempotencyKey: `form-${event.requestId}`, locale: this.lang_ },
      );
      this.textarea?.focus();
    } catch (error) {
      if (NaraError.is(error) && error.code === 'auth') this.needAuth(error);
      else this.fail(error);
    } finally {
      this.sendingForms.delete(event.requestId);
    }
  }

  // Rendering

  /** Shows up to 200 more earlier entries of a long conversation, keeping what the patient is looking at in place. */
  showEarlier(): Promise<void> {
    return this.logWindow.showEarlier();
  }

  private fail(error: unknown) {
    const e = NaraError.is(error) ? error : new NaraError('network', String(error));
    if (e.code === 'auth') return this.needAuth(e);
    if (!this.info) this.loadError = e;
    this.reportError(e);
  }

  private renderStatus() {
    const { t } = this;
    const status = this.stream.status;
    if (this.authNeeded)
      return html`<div class="banner" role="status">
        <p>${this.info ? t.signInAgain : t.signIn}</p>
        ${this.signInUrl
          ? html`<button type="button" class="button" @click=${() => this.signIn()}>${signInStrings[this.lang_].signIn}</button>`
          : html`<button type="button" class="button secondary" @click=${() => this.retry()}>${t.retry}</button>`}
      </div>`;
    if (!this.network.online) return html`<p class="banner" role="status">${t.offline}</p>`;
    if (status === 'reconnecting') return html`<p class="banner" role="status">${t.reconnecting}</p>`;
    return html`<p class="banner" role="status" hidden></p>`;
  }

  override render() {
    const { t } = this;
    // the clinic has no chat with this profession (its admin switched it off): said in words, from a chunk loaded then
    if (this.loadError?.code === 'invalid' && this.profession && this.loadError.problem?.errors?.some((e) => e.path === 'profession')) {
      if (!this.noChat) {
        void import('./no-chat.js').then((m) => (this.noChat = m.noChatMessage), () => (this.noChat = () => t.failed));
        return html`<section class="panel" part="base" aria-busy="true"><p role="status">${t.loading}</p></section>`;
      }
      return html`<section class="panel" part="base">${errorAlert(this.noChat(this.lang_, t.profession[this.profession as Profession] ?? this.profession))}</section>`;
    }
    if (this.loadError)
      return html`<section class="panel" part="base">
        ${errorAlert(`${t.failed} ${this.errorMessage(this.loadError)}`, {
          label: t.retry,
          onRetry: () => {
            this.loadError = undefined;
            this.opening = undefined;
            void this.open();
          },
        })}
      </section>`;
    const missing = this.missing;
    if (missing) return html`<section class="panel" part="base">${errorAlert(missing)}</section>`;
    if (!this.info && this.authNeeded)
      return html`<section class="panel" part="base">${this.renderStatus()}</section>`;
    if (!this.info) return html`<section class="panel" part="base" aria-busy="true"><p role="status">${t.loading}</p></section>`;
    const log = this.stream.log;
    const closed = log.closed || this.info.status === 'closed';
    return html`<section class="panel" part="base" aria-labelledby="chat-title">
      <header>
        <div id="chat-title" class="title" role="heading" aria-level=${headingLevel(this.headingLevel)} part="heading">${t.title(t.profession[this.info.profession])}</div>
        ${renderAvailability({ t, locale: this.lang_, info: this.info, queue: closed ? undefined : log.queue, staff: log.staff, closed })}
      </header>
      ${this.info.assessmentId ? html`<p class="sent-notice">${icon('check')} ${t.answersSent}</p>` : nothing}
      ${this.renderStatus()}
      <div class="log" part="log" role="log" aria-live="off" aria-labelledby="chat-title" tabindex="0" @scroll=${this.logWindow.onScroll}>
        ${this.logWindow.shownFrom > 0
          ? html`<p class="earlier"><button type="button" class="button secondary" @click=${() => this.showEarlier()}>${t.showEarlier(this.logWindow.shownFrom)}</button></p>`
          : nothing}
        ${guard([log.entries, this.logWindow.shownFrom, this.outbox.items.map((i) => i.state).join(), this.lang_, log.answeredForms.size, this.questionnaireReady, this.offers.version, log.bookedOffers.size, closed], () =>
          renderMessageList({
            entries: this.logWindow.visible(log.entries),
            outbox: this.outbox.items,
            deliveredKeys: log.clientKeys,
            answeredForms: log.answeredForms,
            t,
            locale: this.lang_,
            renderForm: this.renderForm,
            renderVisitOffer: (offer) => this.offers.render(offer, log.bookedOffers.get(offer.requestId), !closed && Boolean(this.canBook), t, this.lang_),
          }),
        )}
      </div>
      <p class="typing" aria-hidden="true">${log.typing && !closed ? t.typing(log.typing.name) : nothing}</p>
      ${this.live.region()}
      ${this.writtenEmergency.render(t, this.lang_)}
      ${closed
        ? html`<div class="closed-notice" role="status">
            <p><strong>${t.closed}</strong> ${t.closedHelp}</p>
            ${this.draft.trim() ? html`<p>${t.sendFailed}</p><blockquote class="unsent">${this.draft}</blockquote>` : nothing}
          </div>`
        : renderComposer({
            t,
            locale: this.lang_,
            draft: this.draft,
            maxLength: this.maxLength,
            files: this.files,
            fileErrors: this.fileErrors,
            error: this.sendError,
            canAttach: this.canAttach,
            onInput: this.onInput,
            onKeydown: this.onKeydown,
            onSubmit: this.onSubmit,
            onPickFiles: this.onPickFiles,
            onChooseFiles: this.onChooseFiles,
            onRemoveFile: this.onRemoveFile,
          })}
    </section>`;
  }
}
