import { html } from 'lit';
import { addTranslations, defineStrings } from '../base/locale.js';
import { checkedOf, type SectionContext, type SettingsSectionModule } from './section.js';

const strings = defineStrings({
  legend: 'Formulär som personalen kan skicka i chatten',
  help: 'Ett formulär som inte är valt finns inte i personalens formulärmeny. Formulär som redan har skickats till patienter påverkas inte.',
  count: (on: number, total: number) => `${on} av ${total} valda.`,
});

export type FormsStrings = (typeof strings)['sv'];

addTranslations(strings, 'clinic-settings-forms', { en: () => import('./forms-strings.en.js') });

/** The chosen forms in the order read, new ones in the library's order: the same choice is the same list (not "unsaved", no change in the audit log). */
const inOrder = (ctx: SectionContext, on: Set<string>) => {
  const read = ctx.loaded.forms;
  const library = ctx.catalogue?.forms.map((f) => f.id) ?? [];
  return [...read.filter((id) => on.has(id)), ...library.filter((id) => on.has(id) && !read.includes(id)), ...[...on].filter((id) => !read.includes(id) && !library.includes(id))];
};

/** The form library, each form on or off for the clinic's staff. */
export const formsSection: SettingsSectionModule = {
  check: () => [],

  change: (ctx) => ({ forms: inOrder(ctx, new Set(ctx.draft.forms)) }),

  render(ctx) {
    const s = strings[ctx.lang];
    const on = new Set(ctx.draft.forms);
    const library = ctx.catalogue?.forms ?? [...new Set([...ctx.loaded.forms, ...ctx.draft.forms])].map((id) => ({ id, title: id }));
    const toggle = (id: string, checked: boolean) => {
      const next = new Set(ctx.draft.forms);
      if (checked) next.add(id);
      else next.delete(id);
      ctx.edit({ forms: inOrder(ctx, next) });
    };
    return html`<fieldset>
      <legend><span role="heading" aria-level=${ctx.level}>${s.legend}</span></legend>
      <p class="hint">${s.help}</p>
      <p class="hint">${s.count(library.filter((f) => on.has(f.id)).length, library.length)}</p>
      <ul class="checklist">
        ${library.map(
          (f) => html`<li><label class="choice"><input type="checkbox" name="form" value=${f.id} .checked=${on.has(f.id)} @change=${(e: Event) => toggle(f.id, checkedOf(e))} /> ${f.title}</label></li>`,
        )}
      </ul>
    </fieldset>`;
  },
};
