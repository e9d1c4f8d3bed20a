import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { careWords } from '../base/care-words.js';
import { addTranslations, defineStrings } from '../base/locale.js';
import { checkedOf, valueOf, type SectionContext, type SettingsSectionModule } from './section.js';

const strings = defineStrings({
  legend: 'Kontaktorsaker som mottagningen erbjuder',
  help: 'En kontaktorsak som inte är vald syns inte när patienterna söker och kan inte väljas. Sök eller visa bara de avstängda för att hitta rätt.',
  search: 'Sök kontaktorsak',
  show: 'Visa',
  all: 'alla',
  offered: 'erbjudna',
  off: 'avstängda',
  shown: (shown: number, total: number, off: number) => `Visar ${shown} av ${total}. ${off} avstängda.`,
  none: 'Ingen kontaktorsak matchar sökningen.',
  onShown: 'Erbjud alla som visas',
  offShown: 'Stäng av alla som visas',
  noCatalogue: 'Namnen på kontaktorsakerna kan inte visas här; de avstängda visas med sina id.',
  offLabel: (id: string) => `${id} (avstängd)`,
});

export type ReasonsStrings = (typeof strings)['sv'];

addTranslations(strings, 'clinic-settings-reasons', { en: () => import('./reasons-strings.en.js') });

const fold = (text: string) => text.toLocaleLowerCase('sv').normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The reasons switched off in the order read, new ones in the catalogue's order: the same choice is the same list (not "unsaved", no change in the audit log). */
const inOrder = (ctx: SectionContext, off: Set<string>) => {
  const read = ctx.loaded.reasonsOff;
  const catalogue = ctx.catalogue?.reasons.map((r) => r.id) ?? [];
  return [...read.filter((id) => off.has(id)), ...catalogue.filter((id) => off.has(id) && !read.includes(id)), ...[...off].filter((id) => !read.includes(id) && !catalogue.includes(id))];
};

/** The catalogue's contact reasons, each on or off for the clinic: a search, a filter, a list of checkboxes. */
export const reasonsSection: SettingsSectionModule = {
  check: () => [],

  change: (ctx) => ({ reasonsOff: inOrder(ctx, new Set(ctx.draft.reasonsOff)) }),

  render(ctx) {
    const s = strings[ctx.lang];
    const off = new Set(ctx.draft.reasonsOff);
    const query = String(ctx.view.query ?? '');
    const show = String(ctx.view.show ?? 'all');
    const all = ctx.catalogue?.reasons ?? ctx.draft.reasonsOff.map((id) => ({ id, title: id, category: '', profession: undefined }));
    const words = fold(query).split(/\s+/).filter(Boolean);
    const shown = all.filter(
      (r) => (show === 'all' || (show === 'off') === off.has(r.id)) && words.every((w) => fold(`${r.title} ${r.id}`).includes(w)),
    );
    const set = (ids: string[], on: boolean) => {
      const next = new Set(ctx.draft.reasonsOff);
      for (const id of ids) if (on) next.delete(id);
      else next.add(id);
      ctx.edit({ reasonsOff: inOrder(ctx, next) });
    };
    return html`<fieldset>
      <legend><span role="heading" aria-level=${ctx.level}>${s.legend}</span></legend>
      <p class="hint" id="reasons-help">${s.help}</p>
      ${ctx.catalogue ? nothing : html`<p class="hint">${s.noCatalogue}</p>`}
      <div class="filters">
        <label>${s.search} <input type="search" name="reason-search" .value=${query} aria-describedby="reasons-count" @input=${(e: Event) => ctx.setView('query', valueOf(e))} /></label>
        <label
          >${s.show}
          <select name="reason-show" @change=${(e: Event) => ctx.setView('show', valueOf(e))}>
            ${(['all', 'offered', 'off'] as const).map((v) => html`<option value=${v} ?selected=${show === v}>${s[v]}</option>`)}
          </select>
        </label>
      </div>
      <p id="reasons-count" class="hint" role="status">${s.shown(shown.length, all.length, off.size)}</p>
      ${shown.length
        ? html`<div class="actions">
              <button type="button" class="button secondary" @click=${() => set(shown.map((r) => r.id), true)}>${s.onShown}</button>
              <button type="button" class="button secondary" @click=${() => set(shown.map((r) => r.id), false)}>${s.offShown}</button>
            </div>
            <ul class="checklist">
              ${repeat(
                shown,
                (r) => r.id,
                (r) => html`<li>
                  <label class="choice"
                    ><input type="checkbox" name="reason" value=${r.id} .checked=${!off.has(r.id)} @change=${(e: Event) => set([r.id], checkedOf(e))} />
                    <span>${r.title}${r.profession ? html` <span class="muted">· ${careWords[ctx.lang].profession[r.profession]}</span>` : nothing}</span></label
                  >
                </li>`,
              )}
            </ul>`
        : html`<p>${s.none}</p>`}
    </fieldset>`;
  },
};
