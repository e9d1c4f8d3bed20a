import { html } from 'lit';
import { defineStrings } from '../base/locale.js';
import { checkedOf, type SettingsSectionModule } from './section.js';

const strings = defineStrings(
  {
    legend: 'Formulär som personalen kan skicka i chatten',
    help: 'Ett formulär som inte är valt finns inte i personalens formulärmeny. Formulär som redan har skickats till patienter påverkas inte.',
    count: (on: number, total: number) => `${on} av ${total} valda.`,
  },
  {
    legend: 'Forms staff can send in the chat',
    help: 'A form that is not chosen is not in the staff’s form menu. Forms already sent to patients are not affected.',
    count: (on: number, total: number) => `${on} of ${total} chosen.`,
  },
);

/** The form library, each form on or off for the clinic's staff. */
export const formsSection: SettingsSectionModule = {
  check: () => [],

  change(ctx) {
    // in the order read, new ones in the library's order: an unchanged choice is not a change in the audit log
    const on = new Set(ctx.draft.forms);
    const read = ctx.loaded.forms;
    const library = ctx.catalogue?.forms.map((f) => f.id) ?? [];
    return { forms: [...read.filter((id) => on.has(id)), ...library.filter((id) => on.has(id) && !read.includes(id)), ...ctx.draft.forms.filter((id) => !read.includes(id) && !library.includes(id))] };
  },

  render(ctx) {
    const s = strings[ctx.lang];
    const on = new Set(ctx.draft.forms);
    const library = ctx.catalogue?.forms ?? [...new Set([...ctx.loaded.forms, ...ctx.draft.forms])].map((id) => ({ id, title: id }));
    const toggle = (id: string, checked: boolean) => ctx.edit({ forms: checked ? [...ctx.draft.forms.filter((x) => x !== id), id] : ctx.draft.forms.filter((x) => x !== id) });
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
