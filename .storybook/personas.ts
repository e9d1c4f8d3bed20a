import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@nara/contract';

/**
 * The people a designer tries the journey as (the toolbar's "Persona"). Each says who it is and what
 * to try, and sets what the widget itself can know: the language and the text size. Who the care is
 * for is the patient's own answer in the symptom form ("Vem gäller det?"), so the card says what to pick.
 */
export interface Persona {
  title: string;
  who: Record<Locale, string>;
  locale?: Locale;
  /** Text size, as the person's browser zoom would set it. */
  zoom?: number;
}

export const PERSONAS: Record<string, Persona> = {
  none: { title: 'No persona', who: { sv: '', en: '' } },
  adult: {
    title: 'Adult (self)',
    who: { sv: 'Sara, 34, söker för sig själv. Välj "Jag själv" och t.ex. Förkylning.', en: 'Sara, 34, seeks care for herself. Pick "Myself" and e.g. a cold.' },
  },
  infant: {
    title: 'Guardian of an infant',
    who: {
      sv: 'Ali har en dotter på 3 månader med feber. Välj "Mitt barn", ålder 3 månader, Feber hos barn: under 3 månader leder feber till akut bedömning.',
      en: 'Ali has a 3-month-old daughter with a fever. Pick "My child", age 3 months, fever in children: under 3 months a fever leads to urgent care.',
    },
  },
  teenager: {
    title: 'Guardian of a teenager',
    who: {
      sv: 'Maria söker för sin son, 14 år. Välj "Mitt barn", ålder 14 år: frågorna ställs till barnet, inte om graviditet eller preventivmedel.',
      en: 'Maria seeks care for her son, 14. Pick "My child", age 14: the questions are about the child, none about pregnancy or contraception.',
    },
  },
  older: {
    title: 'Older person (large text)',
    who: { sv: 'Gunnar, 81, har förstorad text i webbläsaren (150 %). Allt ska gå att läsa och nå utan vågrät rullning.', en: 'Gunnar, 81, reads with the browser at 150 %. Everything must stay readable and reachable without scrolling sideways.' },
    zoom: 1.5,
  },
  'little-swedish': {
    title: 'Reads little Swedish',
    who: { sv: 'Amina läser lite svenska och väljer engelska. Kontrollera att inget steg faller tillbaka till svenska.', en: 'Amina reads little Swedish and chooses English. Check that no step falls back to Swedish.' },
    locale: 'en',
  },
};

export const personaToolbar = {
  description: 'Persona',
  toolbar: { title: 'Persona', icon: 'user' as const, items: Object.entries(PERSONAS).map(([value, p]) => ({ value, title: p.title })), dynamicTitle: true },
};

/** The persona's card above the story, and the story at the persona's text size. */
export function withPersona(name: string | undefined, locale: Locale, story: unknown): TemplateResult {
  const persona = PERSONAS[name ?? 'none'];
  if (!persona || name === 'none') return html`${story}`;
  return html`<p lang=${locale} style="margin: 0 0 1rem; padding: 0.75rem 1rem; border-inline-start: 4px solid #555; background: #f3f3f3; color: #1a1a1a; font: 1rem/1.5 system-ui, sans-serif">
      <strong>${persona.title}.</strong> ${persona.who[locale]}
    </p>
    <div style=${persona.zoom ? `zoom: ${persona.zoom}` : nothing}>${story}</div>`;
}
