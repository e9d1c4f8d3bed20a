import type { Locale, Shortcut, ShortcutsUpdate } from '@nara/contract';
import { HttpProblem } from '../http/problem.js';
import type { Store } from '../stores/store.js';
import type { ClinicDirectory } from './clinics.js';

/** The patient's own shortcuts: references to clinics' services, resolved to text on the way out. */
export class ShortcutService {
  constructor(
    private readonly store: Store,
    private readonly clinics: ClinicDirectory,
  ) {}

  async list(person: string, locale: Locale): Promise<Shortcut[]> {
    const refs = await this.store.shortcuts.get(person);
    return refs.flatMap((ref) => {
      if (!this.clinics.has(ref.clinic)) return [];
      const service = this.clinics.get(ref.clinic, locale).services.find((s) => s.id === ref.serviceId);
      return service ? [{ ...service, id: `${ref.clinic}/${ref.serviceId}`, serviceId: service.id, clinic: ref.clinic }] : [];
    });
  }

  async save(person: string, update: ShortcutsUpdate, locale: Locale): Promise<Shortcut[]> {
    const seen = new Set<string>();
    for (const ref of update.shortcuts) {
      const key = `${ref.clinic}/${ref.serviceId}`;
      if (seen.has(key)) throw new HttpProblem(422, 'invalid', `The shortcut ${key} is listed twice`);
      seen.add(key);
      if (!this.clinics.seed(ref.clinic).services.some((s) => s.id === ref.serviceId)) {
        throw new HttpProblem(422, 'invalid', `The clinic ${ref.clinic} has no service ${ref.serviceId}`);
      }
    }
    await this.store.shortcuts.put(person, update.shortcuts.map(({ clinic, serviceId }) => ({ clinic, serviceId })));
    return this.list(person, locale);
  }
}
