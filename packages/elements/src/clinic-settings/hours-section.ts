import { html } from 'lit';
import type { Profession } from '@nara/contract';
import type { ClinicSettings } from '@nara/contract/clinic-settings';
import { careWords } from '../base/care-words.js';
import { checkedOf, toMinutes, valueOf, type SectionContext, type SettingsSectionModule } from './section.js';
import { strings } from './strings.js';

type Hours = ClinicSettings['openingHours'][number];
// the professions a clinic may let chat (1177's nurses are not the clinic's); from the words, not the schemas (no zod here)
const CHAT_PROFESSIONS = (Object.keys(careWords.sv.profession) as Profession[]).filter((p) => p !== '1177-nurse');

const rowLabel = (ctx: SectionContext, h: Hours) => {
  const s = strings[ctx.lang];
  const channel = s.channel[h.channel] ?? h.channel;
  return h.profession ? `${channel} – ${careWords[ctx.lang].profession[h.profession]}` : channel;
};

/** The chosen professions in the order read, new ones after: the same choice is the same list (not "unsaved", no change in the audit log). */
const inOrder = (ctx: SectionContext, chosen: Set<Profession>) => {
  const read = ctx.loaded.chatProfessions;
  return [...read.filter((p) => chosen.has(p)), ...CHAT_PROFESSIONS.filter((p) => chosen.has(p) && !read.includes(p))];
};

/** Which professions chat, and the opening hours per channel and profession. */
export const hoursSection: SettingsSectionModule = {
  check(ctx) {
    return ctx.draft.openingHours.flatMap((h) => (toMinutes(h.closes) <= toMinutes(h.opens) ? [`${rowLabel(ctx, h)}: ${strings[ctx.lang].closesAfterOpens}`] : []));
  },

  change: (ctx) => ({ openingHours: ctx.draft.openingHours, chatProfessions: inOrder(ctx, new Set(ctx.draft.chatProfessions)) }),

  render(ctx) {
    const s = strings[ctx.lang];
    const chat = new Set(ctx.draft.chatProfessions);
    const toggle = (p: Profession, on: boolean) => {
      const next = new Set(ctx.draft.chatProfessions);
      if (on) next.add(p);
      else next.delete(p);
      ctx.edit({ chatProfessions: inOrder(ctx, next) });
    };
    const setTime = (index: number, part: 'opens' | 'closes', value: string) =>
      ctx.edit({ openingHours: ctx.draft.openingHours.map((h, i) => (i === index ? { ...h, [part]: value } : h)) });
    return html`<fieldset>
        <legend><span role="heading" aria-level=${ctx.level}>${s.chat}</span></legend>
        <p class="hint">${s.chatHelp}</p>
        <div class="choices">
          ${CHAT_PROFESSIONS.map(
            (p) => html`<label class="choice"><input type="checkbox" name="chat" value=${p} .checked=${chat.has(p)} @change=${(e: Event) => toggle(p, checkedOf(e))} /> ${careWords[ctx.lang].profession[p]}</label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend><span role="heading" aria-level=${ctx.level}>${s.hours}</span></legend>
        <p class="hint">${s.hoursHelp}</p>
        <ul class="rows">
          ${ctx.draft.openingHours.map(
            (h, i) => html`<li data-row=${`${h.channel}${h.profession ? `-${h.profession}` : ''}`}>
              <span class="row-label" id="row-${i}">${rowLabel(ctx, h)}</span>
              <span class="row-days">${h.days.map((d) => s.weekday[d - 1]).join(', ')}</span>
              <label>${s.opens} <input type="time" step="300" name="opens" .value=${h.opens} aria-describedby="row-${i}" @change=${(e: Event) => setTime(i, 'opens', valueOf(e))} /></label>
              <label>${s.closes} <input type="time" step="300" name="closes" .value=${h.closes} aria-describedby="row-${i}" @change=${(e: Event) => setTime(i, 'closes', valueOf(e))} /></label>
            </li>`,
          )}
        </ul>
      </fieldset>`;
  },
};
