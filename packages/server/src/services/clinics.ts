import type { Clinic, Locale, Profession } from '@nara/contract';
import { clinicSeeds, type ClinicSeed } from '../seed/clinics.js';
import { notFound } from '../http/problem.js';
import type { ClinicSettingsService } from './clinic-settings.js';

/**
 * The clinics the server knows, with their text in the asked-for language and their current
 * settings (opening hours, who chats, reasons offered) from `settings` when it is set.
 */
export class ClinicDirectory {
  readonly byId: Map<string, ClinicSeed>;
  /** The clinics' stored settings (the admin API changes them); the seed's when absent. */
  settings?: ClinicSettingsService;

  constructor(seeds: ClinicSeed[] = clinicSeeds) {
    this.byId = new Map(seeds.map((seed) => [seed.id, seed]));
  }

  /** Every clinic's id. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * The clinic as it is now: its seed with the opening hours of its current settings, where a
   * profession that does not chat has no chat hours.
   */
  seed(id: string): ClinicSeed {
    const seed = this.byId.get(id);
    if (!seed) throw notFound(`Clinic ${id}`);
    if (!this.settings) return seed;
    const { openingHours, chatProfessions } = this.settings.current(id);
    return { ...seed, openingHours: openingHours.filter((h) => h.channel !== 'chat' || !h.profession || chatProfessions.includes(h.profession)) };
  }

  /** Whether the clinic offers a contact reason (its admin may switch reasons off). */
  offersReason(id: string, reasonId: string): boolean {
    return !this.settings?.current(id).reasonsOff.includes(reasonId);
  }

  get(id: string, locale: Locale): Clinic {
    const seed = this.seed(id);
    const professions = [...new Set(seed.openingHours.flatMap((h) => (h.profession ? [h.profession] : [])))] as Profession[];
    return {
      id: seed.id,
      name: seed.name,
      region: seed.region,
      address: seed.address,
      phone: seed.phone,
      ...(seed.website ? { website: seed.website } : {}),
      channels: seed.channels,
      professions,
      openingHours: seed.openingHours,
      listing: {
        acceptsNewPatients: seed.listing.acceptsNewPatients,
        ...(seed.listing.note ? { note: seed.listing.note[locale] } : {}),
      },
      services: seed.services.map((s) => ({
        id: s.id,
        title: s.title[locale],
        ...(s.description ? { description: s.description[locale] } : {}),
        icon: s.icon,
        ...(s.href ? { href: s.href } : {}),
      })),
    };
  }
}
