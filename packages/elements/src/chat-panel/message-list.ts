import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChatEventOf, Sender, StaffMember } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { formatSize } from './attachments.js';
import { isoTime, messageTime } from './chat-time.js';
import type { LogEntry } from './conversation-log.js';
import { linkify } from './linkify.js';
import { slotLabel } from './visit-offer.js';
import type { OutboxItem } from './outbox.js';
import type { ChatStrings } from './strings.js';

export interface MessageListContext {
  entries: LogEntry[];
  outbox: OutboxItem[];
  /** Keys of the patient's messages the log has (their outbox copies are not shown). */
  deliveredKeys: Set<string>;
  answeredForms: Set<string>;
  t: ChatStrings;
  locale: Locale;
  /** Renders a form staff sent (the panel decides how). */
  renderForm: (event: ChatEventOf<'form-sent'>) => unknown;
  /** Renders the body of a visit offer (its times, or the booked one). */
  renderVisitOffer: (event: ChatEventOf<'visit-offered'>) => unknown;
}

/** Backend text as text nodes, with https and tel links as `<a>` built from the parsed parts. */
export function renderText(text: string): TemplateResult {
  return html`${linkify(text).map((part) =>
    part.kind === 'text'
      ? part.text
      : html`<a href=${part.href} rel="noopener noreferrer" target=${part.href.startsWith('https:') ? '_blank' : nothing}>${part.text}</a>`,
  )}`;
}

const staffLabel = (staff: StaffMember, t: ChatStrings) => `${staff.name}, ${t.profession[staff.profession].replace(/^(a|an) /, '')}`;

function senderLabel(sender: Sender, t: ChatStrings): string {
  if (sender.kind === 'patient') return t.you;
  if (sender.kind === 'system') return t.system;
  return staffLabel(sender, t);
}

const time = (at: string, ctx: MessageListContext) =>
  html`<time datetime=${isoTime(at)}>${messageTime(at, ctx.locale, new Date(), { today: '', yesterday: ctx.t.yesterday })}</time>`;

/** Rendered entries, kept per event object: an append renders one entry, not all of them. */
const rendered = new WeakMap<object, { locale: Locale; template: TemplateResult }>();

function renderEntry(entry: LogEntry, ctx: MessageListContext): TemplateResult {
  if (entry.type === 'form-sent') return renderFormEntry(entry, ctx);
  if (entry.type === 'visit-offered') {
    return html`<li class="entry card offer" data-seq=${entry.seq}>
      <p class="meta"><span class="sender">${staffLabel(entry.staff, ctx.t)}</span> ${time(entry.at, ctx)}</p>
      ${ctx.renderVisitOffer(entry)}
    </li>`;
  }
  const hit = rendered.get(entry);
  if (hit && hit.locale === ctx.locale) return hit.template;
  const template = renderStatic(entry, ctx);
  rendered.set(entry, { locale: ctx.locale, template });
  return template;
}

function renderStatic(entry: Exclude<LogEntry, { type: 'form-sent' } | { type: 'visit-offered' }>, ctx: MessageListContext): TemplateResult {
  const { t } = ctx;
  switch (entry.type) {
    case 'message': {
      const from = entry.sender.kind;
      return html`<li class="entry message from-${from}" data-seq=${entry.seq}>
        <p class="meta"><span class="sender">${senderLabel(entry.sender, t)}</span> ${time(entry.at, ctx)}</p>
        ${entry.text ? html`<p class="text">${renderText(entry.text)}</p>` : nothing}
        ${entry.attachments.length
          ? html`<ul class="files">
              ${entry.attachments.map((a) => html`<li>${t.attachmentLabel(a.name, formatSize(a.size, ctx.locale))}</li>`)}
            </ul>`
          : nothing}
      </li>`;
    }
    case 'staff-joined':
      return notice(entry.seq, t.staffJoined(entry.staff.name, t.profession[entry.staff.profession]), entry.at, ctx);
    case 'handed-over':
      return notice(entry.seq, t.handedOver(t.profession[entry.from], t.profession[entry.to]), entry.at, ctx);
    case 'form-answered':
      return notice(entry.seq, t.formAnswered, entry.at, ctx, 'from-patient');
    case 'closed':
      return notice(entry.seq, t.closed, entry.at, ctx, 'closed');
    case 'visit-booked':
      return notice(entry.seq, t.visitBookedNotice(slotLabel(entry.slot, t, ctx.locale)), entry.at, ctx, 'booked');
    case 'video-invitation':
      return html`<li class="entry card video" data-seq=${entry.seq}>
        <p class="meta"><span class="sender">${staffLabel(entry.staff, t)}</span> ${time(entry.at, ctx)}</p>
        <p>${t.video(entry.staff.name)}</p>
        ${entry.startsAt ? html`<p>${t.videoAt(messageTime(entry.startsAt, ctx.locale, new Date(), { today: t.today, yesterday: t.yesterday }))}</p>` : nothing}
        <p><a class="button" href=${entry.url} target="_blank" rel="noopener noreferrer">${t.videoJoin}<span class="visually-hidden"> ${t.newWindow}</span></a></p>
      </li>`;
  }
}

function notice(seq: number, text: string, at: string, ctx: MessageListContext, kind = ''): TemplateResult {
  return html`<li class="entry notice ${kind}" data-seq=${seq}><p>${text} ${time(at, ctx)}</p></li>`;
}

function renderFormEntry(entry: ChatEventOf<'form-sent'>, ctx: MessageListContext): TemplateResult {
  const answered = ctx.answeredForms.has(entry.requestId);
  return html`<li class="entry card form" data-seq=${entry.seq}>
    <p class="meta"><span class="sender">${staffLabel(entry.staff, ctx.t)}</span> ${time(entry.at, ctx)}</p>
    <p>${ctx.t.formSent(entry.staff.name)}</p>
    ${answered ? html`<p class="done">${ctx.t.formAnswered}</p>` : ctx.renderForm(entry)}
  </li>`;
}

function renderOutboxItem(item: OutboxItem, ctx: MessageListContext): TemplateResult {
  const { t } = ctx;
  return html`<li class="entry message from-patient outbox" data-outbox=${item.key}>
    <p class="meta"><span class="sender">${t.you}</span> <strong class="pending">${item.state === 'sending' ? t.sending : t.notSent}</strong></p>
    ${item.text ? html`<p class="text">${item.text}</p>` : nothing}
    ${item.attachments.length + item.fileNames.length
      ? html`<ul class="files">${[...item.attachments.map((a) => a.name), ...item.fileNames].map((name) => html`<li>${name}</li>`)}</ul>`
      : nothing}
    ${item.state === 'waiting' ? html`<p class="hint">${t.outboxHelp}</p>` : nothing}
  </li>`;
}

/** The conversation's entries, then the patient's messages not confirmed yet. */
export function renderMessageList(ctx: MessageListContext): TemplateResult {
  const waiting = ctx.outbox.filter((item) => !ctx.deliveredKeys.has(item.key));
  return html`<ol class="entries">
    ${repeat(ctx.entries, (entry) => entry.seq, (entry) => renderEntry(entry, ctx))}
    ${repeat(waiting, (item) => item.key, (item) => renderOutboxItem(item, ctx))}
  </ol>`;
}

export { staffLabel };
