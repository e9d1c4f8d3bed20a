import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChatEvent } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { careWords, shortDateTime } from '../base/care-words.js';
import { strings } from './strings.js';
import { slotWhen } from './errand-visit.js';

/** One chat event as staff see it; typing and queue notices are left out. */
function entry(event: ChatEvent, locale: Locale) {
  const s = strings[locale];
  const words = careWords[locale];
  const when = shortDateTime(event.at, locale);
  switch (event.type) {
    case 'message': {
      const from = event.sender.kind === 'staff' ? `${event.sender.name} (${words.profession[event.sender.profession]})` : event.sender.kind === 'patient' ? s.patient : s.system;
      const files = event.attachments.length ? `\n📎 ${event.attachments.map((a) => a.name).join(', ')}` : '';
      // no white space of the template's own inside: the log keeps the message's (pre-wrap)
      return html`<li class=${event.sender.kind === 'staff' ? 'staff' : event.sender.kind === 'system' ? 'notice' : 'patient'}><span class="from">${from} · ${when}</span>${event.text}${files}</li>`;
    }
    case 'staff-joined':
      return html`<li class="notice">${s.joined(event.staff.name)} ${when}</li>`;
    case 'handed-over':
      return html`<li class="notice">${s.handedOver(words.profession[event.from], words.profession[event.to])} ${when}</li>`;
    case 'form-sent':
      return html`<li class="notice">${s.formSent(String((event.questionnaire as { title?: unknown }).title ?? ''))} ${when}</li>`;
    case 'form-answered':
      return html`<li class="patient"><span class="from">${s.patient} · ${when}</span>${s.formAnswered}</li>`;
    case 'video-invitation':
      return html`<li class="notice">${s.video} ${when}</li>`;
    case 'closed':
      return html`<li class="notice">${s.closed} ${when}</li>`;
    case 'visit-offered':
      return html`<li class="staff"><span class="from">${event.staff.name} (${words.profession[event.staff.profession]}) · ${when}</span>${s.visitOfferedLog(event.staff.name, event.slots.length)}\n${event.slots.map((slot) => slotWhen(slot, locale)).join(', ')}</li>`;
    case 'visit-booked':
      return html`<li class="notice">${s.visitBookedLog(`${slotWhen(event.slot, locale)} (${words.profession[event.slot.profession]})`)} ${when}</li>`;
    default:
      return nothing;
  }
}

/** The conversation as a log (a polite live region: new messages are read out). */
export function renderLog(events: ChatEvent[], locale: Locale) {
  const shown = events.filter((e) => e.type !== 'typing' && e.type !== 'queue');
  return html`<div role="log" aria-live="polite" aria-labelledby="chat-h">
    <ol class="log">
      ${repeat(
        shown,
        (e) => e.seq,
        (e) => entry(e, locale),
      )}
    </ol>
  </div>`;
}
