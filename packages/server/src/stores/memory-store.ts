import type { ChatEvent } from '@nara/contract';
import { memoryClinicSettings } from './clinic-settings-store.js';
import { memoryFollowUp } from './follow-up-store.js';
import { memoryConsultations } from './consultation-store.js';
import type { AccessLogEntry, AttachmentRecord, BookingRecord, ConversationRecord, ShortcutRef, Store, TriageCase } from './store.js';

/** Keeps everything in memory: for tests, Storybook and the in-page demo. */
export function createMemoryStore(): Store {
  const shortcuts = new Map<string, ShortcutRef[]>();
  const accessLog: AccessLogEntry[] = [];
  const conversations = new Map<string, { record: ConversationRecord; events: ChatEvent[]; keys: Map<string, number> }>();
  const conversation = (id: string) => {
    const found = conversations.get(id);
    if (!found) throw new Error(`No conversation ${id}`);
    return found;
  };
  const attachments = new Map<string, AttachmentRecord & { referenced?: boolean }>();
  const cases = new Map<string, TriageCase>();
  const bookings = new Map<string, BookingRecord>();
  /** slot id → id of the `booked` record holding it: the in-memory unique index. */
  const holders = new Map<string, string>();
  /** person + idempotency key → booking id. */
  const keys = new Map<string, string>();
  const keyOf = (person: string, key: string) => `${person}\u0000${key}`;

  // No `await` inside the booking operations: each check and write happens in one turn of the
  // event loop, so concurrent requests cannot interleave between them.
  return {
    followUp: memoryFollowUp(),
    consultations: memoryConsultations(),
    clinicSettings: memoryClinicSettings(),
    conversations: {
      async create(record, limit) {
        if (conversations.has(record.id)) throw new Error(`Conversation ${record.id} exists`);
        if (limit) {
          let open = 0;
          for (const { record: r } of conversations.values()) if (r.owner === record.owner && r.clinic === record.clinic && r.status !== 'closed') open++;
          if (open >= limit.openPerClinic) return false;
        }
        conversations.set(record.id, { record: structuredClone(record), events: [], keys: new Map() });
        return true;
      },
      async get(id) {
        const found = conversations.get(id);
        return found && structuredClone(found.record);
      },
      async update(id, change) {
        const { record } = conversation(id);
        if (change.patientReadSeq !== undefined) change = { ...change, patientReadSeq: Math.max(record.patientReadSeq ?? 0, change.patientReadSeq) };
        Object.assign(record, change);
      },
      async transition(id, when, change, event) {
        // Synchronous: the check, the change and the append happen in one turn of the event loop.
        const c = conversations.get(id);
        if (!c || !when.status.includes(c.record.status) || (when.profession && c.record.profession !== when.profession)) return null;
        Object.assign(c.record, change);
        const stored = { ...structuredClone(event), seq: c.events.length + 1 } as ChatEvent;
        c.events.push(stored);
        return structuredClone(stored);
      },
      async append(id, event, idempotencyKey) {
        // Synchronous from here on: nothing can interleave between reading the last seq and pushing.
        const c = conversation(id);
        const earlier = idempotencyKey === undefined ? undefined : c.keys.get(idempotencyKey);
        if (earlier !== undefined) return { event: structuredClone(c.events[earlier - 1]), duplicate: true };
        const stored = { ...structuredClone(event), seq: c.events.length + 1 } as ChatEvent;
        c.events.push(stored);
        if (idempotencyKey !== undefined) c.keys.set(idempotencyKey, stored.seq);
        return { event: structuredClone(stored), duplicate: false };
      },
      async hasKey(id, key) {
        return conversation(id).keys.has(key);
      },
      async listAfter(id, after, limit = Infinity) {
        const { events } = conversation(id);
        return structuredClone(events.slice(Math.max(0, after), Math.max(0, after) + limit));
      },
      async lastSeq(id) {
        return conversation(id).events.length;
      },
      async waiting(clinic, profession) {
        return [...conversations.values()]
          .filter(({ record }) => record.clinic === clinic && record.profession === profession && record.status === 'queued')
          .sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt))
          .map(({ record }) => record.id);
      },
      async listByOwners(owners) {
        return [...conversations.values()]
          .filter(({ record }) => owners.includes(record.owner))
          .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt))
          .map(({ record }) => structuredClone(record));
      },
      async listByClinic(clinic, statuses) {
        return [...conversations.values()]
          .filter(({ record }) => record.clinic === clinic && statuses.includes(record.status))
          .sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt))
          .map(({ record }) => structuredClone(record));
      },
    },
    shortcuts: {
      async get(person) {
        return structuredClone(shortcuts.get(person) ?? []);
      },
      async put(person, refs) {
        shortcuts.set(person, structuredClone(refs));
      },
    },
    attachments: {
      async put(record, limit) {
        if (limit) {
          let stored = record.size;
          for (const a of attachments.values()) if (a.owner === record.owner) stored += a.size;
          if (stored > limit.bytes) return false;
        }
        attachments.set(record.id, { ...record, bytes: record.bytes.slice() });
        return true;
      },
      async get(id) {
        const found = attachments.get(id);
        if (!found) return undefined;
        const { referenced: _referenced, ...record } = found;
        return { ...record, bytes: record.bytes.slice() };
      },
      async markReferenced(owner, ids) {
        for (const id of ids) {
          const found = attachments.get(id);
          if (found?.owner === owner) found.referenced = true;
        }
      },
      async deleteUnreferenced(before) {
        let deleted = 0;
        for (const [id, a] of attachments) {
          if (!a.referenced && Date.parse(a.creation) < Date.parse(before)) {
            attachments.delete(id);
            deleted++;
          }
        }
        return deleted;
      },
    },
    cases: {
      async put(triageCase) {
        cases.set(triageCase.id, structuredClone(triageCase));
      },
      async get(id) {
        const found = cases.get(id);
        return found ? structuredClone(found) : null;
      },
      async claim(id, person) {
        const found = cases.get(id);
        if (!found) return null;
        if (found.person === undefined) found.person = person;
        return found.person === person ? structuredClone(found) : null;
      },
      async listByPerson(person) {
        return [...cases.values()]
          .filter((c) => c.person === person)
          .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
          .map((c) => structuredClone(c));
      },
    },
    accessLog: {
      async append(entry) {
        accessLog.push(structuredClone(entry));
        // The in-page demo runs for a long time in one tab: keep the newest entries only.
        if (accessLog.length > 10_000) accessLog.splice(0, accessLog.length - 10_000);
      },
      async list(query = {}) {
        const matching = accessLog.filter(
          (e) => (query.subject === undefined || e.subject === query.subject) && (query.actor === undefined || e.actor === query.actor),
        );
        return structuredClone(matching.slice(-(query.limit ?? 100)).reverse());
      },
    },
    bookings: {
      async create(record, idempotencyKey, limit) {
        if (idempotencyKey !== undefined) {
          const earlier = keys.get(keyOf(record.person, idempotencyKey));
          if (earlier !== undefined) {
            const booking = bookings.get(earlier)!;
            const same = booking.slotId === record.slotId && booking.assessmentId === record.assessmentId;
            return same ? { outcome: 'replayed', booking: structuredClone(booking) } : { outcome: 'key-reused' };
          }
        }
        if (limit) {
          let future = 0;
          for (const b of bookings.values()) {
            if (b.person === record.person && b.clinic === record.clinic && b.status === 'booked' && Date.parse(b.start) > Date.parse(limit.now)) future++;
          }
          if (future >= limit.futurePerClinic) return { outcome: 'quota' };
        }
        if (holders.has(record.slotId)) return { outcome: 'taken' };
        const booking = structuredClone(record);
        bookings.set(booking.id, booking);
        if (booking.status === 'booked') holders.set(booking.slotId, booking.id);
        if (idempotencyKey !== undefined) keys.set(keyOf(record.person, idempotencyKey), booking.id);
        return { outcome: 'created', booking: structuredClone(booking) };
      },
      async get(id) {
        const booking = bookings.get(id);
        return booking ? structuredClone(booking) : null;
      },
      async listByPerson(person) {
        return [...bookings.values()]
          .filter((b) => b.person === person)
          .sort((a, b) => a.start.localeCompare(b.start))
          .map((b) => structuredClone(b));
      },
      async heldSlotIds(clinic, from, to) {
        const held = new Set<string>();
        for (const [slotId, id] of holders) {
          const b = bookings.get(id)!;
          if (b.clinic === clinic && b.start >= from && b.start < to) held.add(slotId);
        }
        return held;
      },
      async cancel(id, at) {
        const booking = bookings.get(id);
        if (!booking) return null;
        if (booking.status === 'booked') {
          booking.status = 'cancelled';
          booking.cancelledAt = at;
          booking.revision += 1;
          holders.delete(booking.slotId);
        }
        return structuredClone(booking);
      },
      async move(id, slot) {
        const booking = bookings.get(id);
        if (!booking || booking.status !== 'booked') return { outcome: 'not-found' };
        if (booking.slotId === slot.slotId) return { outcome: 'moved', booking: structuredClone(booking) };
        if (holders.has(slot.slotId)) return { outcome: 'taken' };
        holders.delete(booking.slotId);
        booking.slotId = slot.slotId;
        booking.profession = slot.profession;
        booking.visitType = slot.visitType;
        booking.start = slot.start;
        booking.end = slot.end;
        booking.revision += 1;
        holders.set(booking.slotId, booking.id);
        return { outcome: 'moved', booking: structuredClone(booking) };
      },
    },
  };
}
