import { html, nothing, type TemplateResult } from 'lit';
import type { ChatEventOf, Conversation, OpeningHours, StaffMember } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { openingTime } from './chat-time.js';
import type { ChatStrings } from './strings.js';

export interface AvailabilityContext {
  t: ChatStrings;
  locale: Locale;
  info: Conversation;
  queue?: ChatEventOf<'queue'>;
  staff?: StaffMember;
  closed: boolean;
}

/** "måndag–fredag 08:00–16:00" for one opening-hours row. */
export function describeHours(hours: OpeningHours, t: ChatStrings): string {
  const days = [...hours.days].sort();
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
  const span =
    days.length === 7
      ? t.everyDay
      : days.join() === '1,2,3,4,5'
        ? t.weekdays
        : contiguous && days.length > 2
          ? `${t.days[days[0] - 1]}–${t.days[days.at(-1)! - 1]}`
          : days.map((d) => t.days[d - 1]).join(', ');
  return `${span} ${hours.opens}–${hours.closes}`;
}

/**
 * The header line: queue place, whether the chat is open, when it opens, and how soon staff answer.
 * A profession without chat hours of its own (a doctor taking over a handed-over errand) says nothing
 * about being closed.
 */
export function renderAvailability(ctx: AvailabilityContext): TemplateResult {
  const { t, info, queue, closed } = ctx;
  if (closed) return html`<p class="availability">${t.closed}</p>`;
  const { availability } = info;
  return html`<div class="availability">
    ${queue && !ctx.staff
      ? html`<p>${t.queue(queue.position)}${availability.open && queue.estimatedWaitMinutes !== undefined ? ` ${t.wait(queue.estimatedWaitMinutes)}` : nothing}</p>`
      : nothing}
    ${availability.open || availability.hours.length === 0
      ? nothing
      : html`<p>
          <strong>${t.closedNow}</strong>
          ${availability.nextOpensAt ? t.opensAt(openingTime(availability.nextOpensAt, ctx.locale)) : nothing}
          ${t.replyWithin(availability.replyWithinHours)}
        </p>`}
    ${availability.hours.length
      ? html`<details>
          <summary>${t.hoursHeading}</summary>
          <ul>${availability.hours.map((h) => html`<li>${describeHours(h, t)}</li>`)}</ul>
        </details>`
      : nothing}
  </div>`;
}
