import { html, nothing } from 'lit';
import type { Profession } from '@nara/contract';
import type { ScheduleBlockSetting, ScheduleSetting } from '@nara/contract/clinic-settings';
import { careWords } from '../base/care-words.js';
import { checkedOf, toMinutes, valueOf, type SectionContext, type SettingsSectionModule } from './section.js';
import { scheduleStrings } from './schedule-strings.js';
import { strings } from './strings.js';

type Block = ScheduleBlockSetting;
type Limit = 'leadMinutes' | 'cancelLimitHours' | 'horizonDays';
const VISIT_TYPES = ['physical', 'video', 'phone'] as const;
const PROFESSIONS = (Object.keys(careWords.sv.profession) as Profession[]).filter((p) => p !== '1177-nurse');
const LIMITS: [Limit, number, number][] = [
  ['leadMinutes', 0, 7 * 24 * 60],
  ['cancelLimitHours', 0, 14 * 24],
  ['horizonDays', 1, 365],
];
const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;
const label = (ctx: SectionContext, b: Block) => `${scheduleStrings[ctx.lang].visitTypes[b.visitType]} – ${careWords[ctx.lang].profession[b.profession]}`;

/** What is wrong with one block, in words. */
function blockProblems(ctx: SectionContext, b: Block): string[] {
  const s = scheduleStrings[ctx.lang];
  const [opens, closes] = [toMinutes(b.opens), toMinutes(b.closes)];
  return [
    ...(b.days.length ? [] : [s.noDays]),
    ...(closes > opens ? [] : [s.closesAfterOpens]),
    ...(whole(b.minutes, 5, 240) ? (closes > opens && b.minutes > closes - opens ? [s.minutesFit] : []) : [s.minutesRange]),
    ...(b.breaks ?? []).flatMap((br, i) => (toMinutes(br.from) < toMinutes(br.to) && toMinutes(br.from) >= opens && toMinutes(br.to) <= closes ? [] : [s.breakOrder(i + 1)])),
  ];
}

/** The booking schedule: rules for booking, and blocks of bookable times per profession and way of meeting. */
export const scheduleSection: SettingsSectionModule = {
  check(ctx) {
    const s = scheduleStrings[ctx.lang];
    const schedule = ctx.draft.schedule;
    return [
      ...LIMITS.flatMap(([key, min, max]) => (whole(schedule[key], min, max) ? [] : [s.range(s[key], min, max)])),
      ...schedule.blocks.flatMap((b, i) => blockProblems(ctx, b).map((line) => `${s.block} ${i + 1} (${label(ctx, b)}): ${line}`)),
    ];
  },

  render(ctx) {
    const s = scheduleStrings[ctx.lang];
    const common = strings[ctx.lang];
    const schedule = ctx.draft.schedule;
    // handlers read the draft as it is when they run
    const now = () => ctx.draft.schedule;
    const setSchedule = (patch: Partial<ScheduleSetting>) => ctx.edit({ schedule: { ...now(), ...patch } });
    const setBlock = (index: number, patch: Partial<Block>) => setSchedule({ blocks: now().blocks.map((b, i) => (i === index ? { ...b, ...patch } : b)) });
    const toggleDay = (index: number, day: number, on: boolean) => {
      const days = now().blocks[index].days.filter((d) => d !== day);
      setBlock(index, { days: on ? [...days, day].sort() : days });
    };
    const addBlock = () => {
      setSchedule({ blocks: [...now().blocks, { visitType: 'physical', profession: 'doctor', days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00', minutes: 30, breaks: [] }] });
      ctx.setView('removed', undefined);
      ctx.focusLater(`[data-block="${now().blocks.length - 1}"] select`);
    };
    const removeBlock = (index: number) => {
      ctx.setView('removed', s.removed(label(ctx, now().blocks[index])));
      setSchedule({ blocks: now().blocks.filter((_, i) => i !== index) });
      ctx.focusLater('[data-add-block]');
    };
    const setBreak = (index: number, n: number, part: 'from' | 'to', value: string) =>
      setBlock(index, { breaks: (now().blocks[index].breaks ?? []).map((br, i) => (i === n ? { ...br, [part]: value } : br)) });
    return html`<fieldset>
      <legend><span role="heading" aria-level=${ctx.level}>${s.legend}</span></legend>
      <p class="hint">${s.help}</p>
      <div role="group" aria-labelledby="limits-h" class="limits">
        <div id="limits-h" class="group-title">${s.limits}</div>
        ${LIMITS.map(
          ([key, min, max]) => html`<label
            >${s[key]} <input type="number" inputmode="numeric" name=${key} min=${min} max=${max} step="1" .value=${String(schedule[key])} @change=${(e: Event) => setSchedule({ [key]: Number(valueOf(e) || NaN) })}
          /></label>`,
        )}
      </div>
      <p class="hint" role="status">${ctx.view.removed ?? ''}</p>
      ${schedule.blocks.length ? nothing : html`<p>${s.none}</p>`}
      <ol class="blocks">
        ${schedule.blocks.map(
          (b, i) => html`<li data-block=${i}>
            <div role="group" aria-labelledby=${`block-${i}`}>
              <div id=${`block-${i}`} class="group-title">${s.block} ${i + 1}: ${label(ctx, b)}</div>
              <div class="fields">
                <label
                  >${s.visitType}
                  <select name="visitType" @change=${(e: Event) => setBlock(i, { visitType: valueOf(e) as Block['visitType'] })}>
                    ${VISIT_TYPES.map((v) => html`<option value=${v} ?selected=${b.visitType === v}>${s.visitTypes[v]}</option>`)}
                  </select>
                </label>
                <label
                  >${s.profession}
                  <select name="profession" @change=${(e: Event) => setBlock(i, { profession: valueOf(e) as Profession })}>
                    ${PROFESSIONS.map((p) => html`<option value=${p} ?selected=${b.profession === p}>${careWords[ctx.lang].profession[p]}</option>`)}
                  </select>
                </label>
              </div>
              <fieldset class="days">
                <legend>${s.days}</legend>
                <div class="choices">
                  ${common.weekday.map(
                    (name, d) => html`<label class="choice"><input type="checkbox" name="day" value=${d + 1} .checked=${b.days.includes(d + 1)} @change=${(e: Event) => toggleDay(i, d + 1, checkedOf(e))} /> ${name}</label>`,
                  )}
                </div>
              </fieldset>
              <div class="fields">
                <label>${s.from} <input type="time" step="300" name="opens" .value=${b.opens} @change=${(e: Event) => setBlock(i, { opens: valueOf(e) })} /></label>
                <label>${s.to} <input type="time" step="300" name="closes" .value=${b.closes} @change=${(e: Event) => setBlock(i, { closes: valueOf(e) })} /></label>
                <label
                  >${s.minutes}
                  <input type="number" inputmode="numeric" name="minutes" min="5" max="240" step="5" .value=${String(b.minutes)} @change=${(e: Event) => setBlock(i, { minutes: Number(valueOf(e) || NaN) })}
                /></label>
              </div>
              ${(b.breaks ?? []).length
                ? html`<ul class="breaks" aria-label=${s.breaks}>
                    ${(b.breaks ?? []).map(
                      (br, n) => html`<li class="fields">
                        <label>${s.breakFrom} <input type="time" step="300" name="break-from" .value=${br.from} @change=${(e: Event) => setBreak(i, n, 'from', valueOf(e))} /></label>
                        <label>${s.breakTo} <input type="time" step="300" name="break-to" .value=${br.to} @change=${(e: Event) => setBreak(i, n, 'to', valueOf(e))} /></label>
                        <button type="button" class="button quiet" @click=${() => setBlock(i, { breaks: (now().blocks[i].breaks ?? []).filter((_, x) => x !== n) })}>${s.removeBreak(n + 1)}</button>
                      </li>`,
                    )}
                  </ul>`
                : nothing}
              <div class="actions">
                <button type="button" class="button secondary" @click=${() => setBlock(i, { breaks: [...(now().blocks[i].breaks ?? []), { from: '12:00', to: '13:00' }] })}>${s.addBreak}</button>
                <button type="button" class="button quiet" data-remove-block @click=${() => removeBlock(i)}>${s.removeBlock(`${i + 1}`)}</button>
              </div>
            </div>
          </li>`,
        )}
      </ol>
      <button type="button" class="button secondary" data-add-block @click=${addBlock}>${s.addBlock}</button>
    </fieldset>`;
  },
};
