import type { Clinic, Locale, Profession } from '@nara/contract';
import { clinicSeeds, type ClinicSeed } from '../seed/clinics.js';
import { notFound } from '../http/problem.js';

/** The clinics the server knows, with their text in the asked-for language. */
export class ClinicDirectory {
  private readonly byId: Map<string, ClinicSeed>;

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

  seed(id: string): ClinicSeed {
    const seed = this.byId.get(id);
    if (!seed) throw notFound(`Clinic ${id}`);
    return seed;
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
