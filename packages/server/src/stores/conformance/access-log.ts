import type { AccessLogEntry } from '../store.js';
import type { StoreCase } from './kit.js';
import { same } from './kit.js';

const entry = (over: Partial<AccessLogEntry>): AccessLogEntry => ({
  at: '2026-01-01T10:00:00.000Z',
  actor: 'x',
  role: 'patient',
  subject: 'x',
  action: 'read',
  resource: 'shortcuts',
  ...over,
});

export const accessLogCases: StoreCase[] = [
  {
    area: 'accessLog',
    name: 'lists what was appended for a subject or by an actor, newest first, at most `limit`',
    async run(store, s) {
      const subject = s.person('child');
      const guardian = s.person('guardian');
      await store.accessLog.append(entry({ actor: subject, subject, action: 'read', at: '2026-01-01T10:00:00.000Z' }));
      await store.accessLog.append(entry({ actor: guardian, subject, role: 'guardian', action: 'write', at: '2026-01-01T10:00:01.000Z', resource: 'booking:b-1' }));
      same(
        await store.accessLog.list({ subject }),
        [
          { at: '2026-01-01T10:00:01.000Z', actor: guardian, role: 'guardian', subject, action: 'write', resource: 'booking:b-1' },
          { at: '2026-01-01T10:00:00.000Z', actor: subject, role: 'patient', subject, action: 'read', resource: 'shortcuts' },
        ],
        'newest first',
      );
      same((await store.accessLog.list({ actor: guardian })).length, 1, 'by actor');
      same((await store.accessLog.list({ subject, limit: 1 })).map((e) => e.action), ['write'], 'limit');
      same(await store.accessLog.list({ subject: s.person('nobody') }), [], 'nobody');
    },
  },
];
