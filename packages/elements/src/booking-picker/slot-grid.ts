import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Slot } from '@nara/contract';
import type { Locale } from '../base/locale.js';
import { groupByPartOfDay, when } from './slot-days.js';
import type { BookingStrings } from './strings.js';

export interface SlotGridOptions {
  locale: Locale;
  s: BookingStrings;
  /** The chosen day's free times, in time order. */
  slots: Slot[];
  /** The long date of the day, for the list's name. */
  dayLabel: string;
  /** The time that holds the tab stop (roving tabindex). */
  activeId?: string;
  /** Show who the patient meets on each time (when the list mixes professions). */
  showProfession: boolean;
  onActivate: (slot: Slot) => void;
  onChoose: (slot: Slot) => void;
}

/**
 * One day's free times as a listbox, grouped by part of day. One time is in the tab order; arrow
 * keys move between times (across the groups), Home/End to the first/last, Enter or Space chooses.
 */
export function slotGrid(o: SlotGridOptions) {
  const groups = groupByPartOfDay(o.slots);
  const active = o.slots.find((s) => s.id === o.activeId) ?? o.slots[0];
  const onKeydown = (event: KeyboardEvent) => {
    const index = o.slots.findIndex((s) => s.id === active.id);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(o.slots.length - 1, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = o.slots.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        o.onChoose(active);
        return;
    }
    if (next === undefined) return;
    event.preventDefault();
    o.onActivate(o.slots[next]);
  };
  return html`<p class="help key-hint" id="times-help">${o.s.keyboardHelp}</p>
    <div class="times" role="listbox" aria-label=${o.s.timesLabel(o.dayLabel)} aria-describedby="times-help" part="times" @keydown=${onKeydown}>
      ${groups.map(
        (group) => html`<div class="part" role="group" aria-labelledby="part-${group.part}">
          <div class="part-heading" id="part-${group.part}">${o.s.partsOfDay[group.part]}</div>
          <div class="part-times">
            ${repeat(
              group.slots,
              (slot) => slot.id,
              (slot) => {
                const time = when.time(slot.start, o.locale);
                const profession = o.s.professions[slot.profession];
                return html`<div
                  class="time"
                  role="option"
                  data-slot=${slot.id}
                  aria-selected=${slot.id === active.id ? 'true' : 'false'}
                  aria-label=${o.showProfession ? o.s.withProfession(time, profession) : time}
                  tabindex=${slot.id === active.id ? 0 : -1}
                  @click=${() => o.onChoose(slot)}
                  @focus=${() => slot.id !== active.id && o.onActivate(slot)}
                >
                  <span aria-hidden="true">${time}</span>
                  ${o.showProfession ? html`<span class="time-who" aria-hidden="true">${profession}</span>` : ''}
                </div>`;
              },
            )}
          </div>
        </div>`,
      )}
    </div>`;
}
