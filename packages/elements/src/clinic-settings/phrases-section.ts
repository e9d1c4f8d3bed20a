import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PhraseSetting } from '@nara/contract/clinic-settings';
import { addTranslations, defineStrings } from '../base/locale.js';
import { valueOf, type SectionContext, type SettingsSectionModule } from './section.js';

const strings = defineStrings({
  legend: 'Snabbfraser för personalen',
  help: 'Personalen väljer en fras i ärendet och kan ändra den innan den skickas. Skriv varje fras på svenska och engelska.',
  title: { sv: 'Rubrik på svenska', en: 'Rubrik på engelska' },
  text: { sv: 'Text på svenska', en: 'Text på engelska' },
  untitled: 'Ny fras',
  add: 'Lägg till en fras',
  remove: (title: string) => `Ta bort ${title}`,
  removed: (title: string) => `${title} är borttagen. Spara för att ta bort den för personalen.`,
  none: 'Inga fraser. Personalen har då inga snabbfraser att välja.',
  missing: (n: number, title: string, field: string) => `Fras ${n} (${title}): ${field} saknas.`,
  tooLong: (n: number, title: string, field: string, max: number) => `Fras ${n} (${title}): ${field} får vara högst ${max} tecken.`,
  count: (n: number) => `${n} fraser.`,
});

export type PhrasesStrings = (typeof strings)['sv'];

addTranslations(strings, 'clinic-settings-phrases', { en: () => import('./phrases-strings.en.js') });

const LANGS = ['sv', 'en'] as const;
const titleOf = (ctx: SectionContext, p: PhraseSetting) => (ctx.lang === 'en' ? p.title.en || p.title.sv : p.title.sv || p.title.en) || strings[ctx.lang].untitled;

/** The staff's quick phrases: add, edit, remove, in Swedish and English. */
export const phrasesSection: SettingsSectionModule = {
  check(ctx) {
    const s = strings[ctx.lang];
    return ctx.draft.phrases.flatMap((p, i) =>
      (['title', 'text'] as const).flatMap((part) =>
        LANGS.flatMap((lang) => {
          const value = p[part][lang].trim();
          const max = part === 'title' ? 200 : 4000;
          if (!value) return [s.missing(i + 1, titleOf(ctx, p), s[part][lang])];
          return value.length > max ? [s.tooLong(i + 1, titleOf(ctx, p), s[part][lang], max)] : [];
        }),
      ),
    );
  },

  change: (ctx) => ({ phrases: ctx.draft.phrases.map((p) => ({ id: p.id, title: { sv: p.title.sv.trim(), en: p.title.en.trim() }, text: { sv: p.text.sv.trim(), en: p.text.en.trim() } })) }),

  render(ctx) {
    const s = strings[ctx.lang];
    const phrases = ctx.draft.phrases;
    const set = (id: string, part: 'title' | 'text', lang: 'sv' | 'en', value: string) =>
      ctx.edit({ phrases: ctx.draft.phrases.map((p) => (p.id === id ? { ...p, [part]: { ...p[part], [lang]: value } } : p)) });
    const add = () => {
      const ids = new Set(ctx.draft.phrases.map((p) => p.id));
      let n = ids.size + 1;
      while (ids.has(`fras-${n}`)) n++;
      const id = `fras-${n}`;
      ctx.edit({ phrases: [...ctx.draft.phrases, { id, title: { sv: '', en: '' }, text: { sv: '', en: '' } }] });
      ctx.setView('open', id);
      ctx.setView('removed', undefined);
      ctx.focusLater(`[data-phrase="${id}"] input`);
    };
    const remove = (p: PhraseSetting) => {
      ctx.edit({ phrases: ctx.draft.phrases.filter((x) => x.id !== p.id) });
      ctx.focusLater('[data-add-phrase]');
      ctx.setView('removed', s.removed(titleOf(ctx, p)));
    };
    return html`<fieldset>
      <legend><span role="heading" aria-level=${ctx.level}>${s.legend}</span></legend>
      <p class="hint">${s.help}</p>
      <p class="hint" role="status">${ctx.view.removed ?? s.count(phrases.length)}</p>
      ${phrases.length
        ? html`<ul class="phrases">
            ${repeat(
              phrases,
              (p) => p.id,
              (p, i) => html`<li data-phrase=${p.id}>
                <details ?open=${ctx.view.open === p.id}>
                  <summary>${titleOf(ctx, p)}</summary>
                  <div class="phrase-fields">
                    ${LANGS.map(
                      (lang) => html`<label
                          >${s.title[lang]}
                          <input name=${`title-${lang}`} lang=${lang} maxlength="200" .value=${p.title[lang]} @input=${(e: Event) => set(p.id, 'title', lang, valueOf(e))} aria-describedby=${`phrase-${i}`}
                        /></label>
                        <label
                          >${s.text[lang]}
                          <textarea name=${`text-${lang}`} lang=${lang} rows="3" maxlength="4000" .value=${p.text[lang]} @input=${(e: Event) => set(p.id, 'text', lang, valueOf(e))}></textarea>
                        </label>`,
                    )}
                    <span id=${`phrase-${i}`} class="visually-hidden">${titleOf(ctx, p)}</span>
                    <button type="button" class="button secondary" data-remove @click=${() => remove(p)}>${s.remove(titleOf(ctx, p))}</button>
                  </div>
                </details>
              </li>`,
            )}
          </ul>`
        : html`<p>${s.none}</p>`}
      <button type="button" class="button secondary" data-add-phrase @click=${add}>${s.add}</button>
    </fieldset>`;
  },
};
