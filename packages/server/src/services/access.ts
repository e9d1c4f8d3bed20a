import type { Person } from '../http/auth.js';
import { patientRoleFor } from '../http/auth.js';
import { HttpProblem, notFound } from '../http/problem.js';
import type { AccessLogEntry, Store } from '../stores/store.js';

/**
 * The one gate to patient data: decides whether a person may reach a subject's data and writes
 * every read and write to the access log before the data is handed out. A request whose access
 * cannot be logged fails.
 */
export class AccessControl {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A patient (or guardian) touching `subject`'s data; 403 when they may not. */
  async patient(person: Person, subject: string, action: AccessLogEntry['action'], resource: string): Promise<'patient' | 'guardian'> {
    const role = patientRoleFor(person, subject, this.now());
    if (!role) throw new HttpProblem(403, 'forbidden', person.kind === 'staff' ? 'This is for patients' : 'You may not reach this person’s data');
    await this.log(person, role, subject, action, resource);
    return role;
  }

  /**
   * A patient touching one record (a booking, a conversation, a file) whose owner is `owner`
   * (undefined: there is no such record). Logged with the owner as subject; someone else's record,
   * or none, is logged as refused and answered 404, so ids confirm nothing.
   */
  async record(person: Person, owner: string | undefined, action: AccessLogEntry['action'], resource: string): Promise<void> {
    if (owner !== undefined && person.kind === 'patient' && owner === person.id) {
      await this.log(person, 'patient', owner, action, resource);
      return;
    }
    await this.log(person, person.kind === 'staff' ? 'staff' : 'patient', owner ?? person.id, action, resource, true);
    throw notFound('It');
  }

  /** Whether a patient may reach a subject's data, without logging (to filter lists before reading). */
  mayReach(person: Person, subject: string): boolean {
    return patientRoleFor(person, subject, this.now()) !== null;
  }

  /** Care staff touching a patient's data (the staff routes check clinic and profession first). */
  async staff(person: Person, subject: string, action: AccessLogEntry['action'], resource: string): Promise<void> {
    if (person.kind !== 'staff') throw new HttpProblem(403, 'forbidden', 'This is for care staff');
    await this.log(person, 'staff', subject, action, resource);
  }

  private async log(person: Person, role: AccessLogEntry['role'], subject: string, action: AccessLogEntry['action'], resource: string, refused = false) {
    await this.store.accessLog.append({ at: this.now().toISOString(), actor: person.id, role, subject, action, resource, ...(refused ? { refused } : {}) });
  }
}
