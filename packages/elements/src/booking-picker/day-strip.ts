import { html } from 'lit';
import type { LocalDate } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { icon } from '../icons/icons.js';
import { when } from './slot-days.js';
import type { BookingStrings } from './strings.js';

export interface DayStripOptions {
  locale: Locale;
  s: BookingStrings;
  /** The seven days shown. */
  dates: LocalDate[];
  /** Free times per day. */
  counts: Map<LocalDate, number>;
  selected: LocalDate;
  /** Days before this one cannot be chosen (they are past). */
  firstDay: LocalDate;
  canGoBack: boolean;
  canGoForward: boolean;
  onSelect: (date: LocalDate, moveFocus: boolean) => void;
  onWeek: (by: -1 | 1) => void;
}

/**
 * A week of days as a radio group: Tab enters on the chosen day, arrow keys choose another
 * (roving tabindex), Home/End the first/last day. Each day says how many free times it has.
 */
export function dayStrip(o: DayStripOptions) {
  const choosable = o.dates.filter((d) => d >= o.firstDay);
  const onKeydown = (event: KeyboardEvent) => {
    const index = choosable.indexOf(o.selected);
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % choosable.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + choosable.length) % choosable.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = choosable.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    o.onSelect(choosable[next], true);
  };
  const range = when.range(o.dates[0], o.dates[o.dates.length - 1], o.locale);
  return html`<div class="week" part="day-strip">
    <div class="week-nav">
      <button class="button secondary icon-button" type="button" aria-label=${o.s.previousWeek} ?disabled=${!o.canGoBack} @click=${() => o.onWeek(-1)}>
        <span class="flip">${icon('chevron')}</span>
      </button>
      <p class="week-range" id="week-range">${o.s.week(range)}</p>
      <button class="button secondary icon-button" type="button" aria-label=${o.s.nextWeek} ?disabled=${!o.canGoForward} @click=${() => o.onWeek(1)}>
        ${icon('chevron')}
      </button>
    </div>
    <div class="days" role="radiogroup" aria-label=${o.s.daysLabel} aria-describedby="week-range" @keydown=${onKeydown}>
      ${o.dates.map((date) => {
        const past = date < o.firstDay;
        const checked = date === o.selected;
        const count = o.counts.get(date) ?? 0;
        return html`<div
          class="day ${count === 0 ? 'empty' : ''}"
          role="radio"
          data-date=${date}
          aria-checked=${checked ? 'true' : 'false'}
          aria-disabled=${past ? 'true' : 'false'}
          aria-label=${`${when.longDate(date, o.locale)}, ${o.s.freeCount(past ? 0 : count)}`}
          tabindex=${checked ? 0 : -1}
          @click=${() => !past && o.onSelect(date, false)}
        >
          <span class="weekday" aria-hidden="true">${when.shortWeekday(date, o.locale)}</span>
          <span class="date" aria-hidden="true">${when.dayOfMonth(date)}</span>
          <span class="month" aria-hidden="true">${when.shortMonth(date, o.locale)}</span>
          <span class="count" aria-hidden="true">${o.s.freeCount(past ? 0 : count)}</span>
        </div>`;
      })}
    </div>
  </div>`;
}
