import type { TemplateResult } from 'lit';
import type { AdminCatalogue, ClinicSettings, SettingsSection } from '@nara/contract/clinic-settings';
import type { Locale } from '../base/locale.js';

/** The element's sections, each saved on its own: the first is in the element, the others load when opened. */
export const SECTION_KEYS = ['hours', 'reasons', 'schedule', 'phrases', 'forms'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Which parts of the settings each section saves. */
export const SECTION_SETTINGS: Record<SectionKey, SettingsSection[]> = {
  hours: ['chatProfessions', 'openingHours'],
  reasons: ['reasonsOff'],
  schedule: ['schedule'],
  phrases: ['phrases'],
  forms: ['forms'],
};

/** What a section is given to show and change: the admin's draft of the settings and a way to change it. */
export interface SectionContext {
  lang: Locale;
  /** The settings as the admin is editing them (every section's edits; the saved ones where untouched). */
  draft: ClinicSettings;
  /** The settings as last read or saved. */
  loaded: ClinicSettings;
  /** What the settings choose from (reasons and forms, by name); undefined while loading or when the host gives no `catalogue`. */
  catalogue?: AdminCatalogue;
  /** Replaces parts of the draft. */
  edit(patch: Partial<ClinicSettings>): void;
  /** A section's own view state (a filter, which item is open), kept while the admin moves between sections. */
  view: Record<string, unknown>;
  setView(key: string, value: unknown): void;
  /** Focuses the first element matching `selector` in the element after the next render. */
  focusLater(selector: string): void;
  /** The level of headings inside the section. */
  level: number;
}

/** A section of the form: what it shows, what is wrong with the draft (in words), and the change it sends. */
export interface SettingsSectionModule {
  render(ctx: SectionContext): TemplateResult;
  /** What is wrong with the draft, each a line fit to show; empty when it can be sent. */
  check(ctx: SectionContext): string[];
  /** The parts of the settings to send (default: the section's parts of the draft as they are). */
  change?(ctx: SectionContext): Partial<ClinicSettings>;
}

export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** A value of a text-like field from an input event. */
export const valueOf = (e: Event) => (e.target as HTMLInputElement).value;
export const checkedOf = (e: Event) => (e.target as HTMLInputElement).checked;
