import type { ErrandSummary } from '@nara/contract';
import { findReason } from '@nara/triage';
import type { Person } from '../http/auth.js';
import type { Store } from '../stores/store.js';
import type { AccessControl } from './access.js';
import type { ClinicDirectory } from './clinics.js';
import { noticeKind } from './notifier.js';

/**
 * "Mina ärenden": the signed-in person's errands and their children's (while the person is their
 * guardian and they are under 13), newest activity first, with what the care team sent that the
 * person has not had in an open chat yet. Every subject's list read is in the access log.
 */
export class ErrandDirectory {
  constructor(
    private readonly store: Store,
    private readonly clinics: ClinicDirectory,
    private readonly access: AccessControl,
  ) {}

  async list(person: Person): Promise<ErrandSummary[]> {
    // Custody comes from the sign-in (the token's children); the age limit from the server's rule.
    const children = (person.children ?? []).filter((child) => this.access.mayReach(person, child));
    const owners = [person.id, ...children];
    for (const owner of owners) await this.access.patient(person, owner, 'read', 'conversations');
    const out: ErrandSummary[] = [];
    for (const record of await this.store.conversations.listByOwners(owners)) {
      const events = (await this.store.conversations.listAfter(record.id, 0)).filter((e) => e.type !== 'typing');
      const read = record.patientReadSeq ?? 0;
      const unread = events.filter((e) => e.seq > read && noticeKind(e as { type: string; sender?: { kind: string } })).length;
      const lastMessage = [...events].reverse().find((e) => e.type === 'message' && e.text.trim());
      const triageCase = record.assessmentId ? await this.store.cases.get(record.assessmentId) : null;
      const reason = triageCase && triageCase.person === record.owner ? findReason(triageCase.reasonId) : undefined;
      const clinic = this.clinics.has(record.clinic) ? this.clinics.seed(record.clinic).name : record.clinic;
      out.push({
        id: record.id,
        clinic: record.clinic,
        clinicName: clinic,
        profession: record.profession,
        status: record.status,
        startedBy: record.startedBy ?? 'patient',
        ...(record.owner !== person.id ? { for: record.owner } : {}),
        ...(reason ? { title: reason.title[record.locale] } : {}),
        createdAt: record.createdAt,
        lastActivityAt: events.length ? events[events.length - 1].at : record.createdAt,
        unread,
        ...(lastMessage?.type === 'message' ? { preview: lastMessage.text.slice(0, 120) } : {}),
      });
    }
    return out.sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
  }
}
