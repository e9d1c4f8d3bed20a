/**
 * Tells a patient that the care team wrote, outside the chat (an SMS, an e-mail, an app push).
 * It carries no health data: only whose errand, where and what kind of thing happened — the text
 * itself is read after signing in. The default writes a log line; `webhookNotifier` posts JSON to a
 * URL of the region's own messaging service, which knows the person's phone or e-mail address.
 *
 * Wiring SMS or e-mail: point `webhookNotifier` at a small service of your own that looks the
 * personnummer up in your contact register and sends "Du har ett nytt meddelande från {clinic}.
 * Logga in på … för att läsa det." through your SMS or e-mail gateway; or implement `PatientNotifier`
 * in-process and pass it as `notifier` to `createApp`.
 */
export interface PatientNotice {
  /** The patient's personnummer. */
  patient: string;
  conversationId: string;
  clinic: string;
  kind: 'message' | 'form' | 'video' | 'visit' | 'closed';
  at: string;
}

export interface PatientNotifier {
  notify(notice: PatientNotice): void | Promise<void>;
}

/** The Node server's default: one log entry per notice, without the personnummer's last four digits. */
export const logNotifier = (log: (fields: Record<string, string>) => void = (fields) => console.info(JSON.stringify(fields))): PatientNotifier => ({
  notify(notice) {
    log({ notice: notice.kind, patient: `${notice.patient.slice(0, 8)}-****`, conversation: notice.conversationId, clinic: notice.clinic, at: notice.at });
  },
});

/** Posts each notice as JSON to `url` (with `Authorization` when a secret is given); a failure is logged, never thrown. */
export function webhookNotifier(url: string, options: { secret?: string; fetch?: typeof fetch; onError?: (error: unknown) => void } = {}): PatientNotifier {
  const send = options.fetch ?? fetch;
  return {
    async notify(notice) {
      try {
        const response = await send(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(options.secret ? { Authorization: `Bearer ${options.secret}` } : {}) },
          body: JSON.stringify(notice),
        });
        if (!response.ok) throw new Error(`The notifier webhook answered ${response.status}`);
      } catch (error) {
        (options.onError ?? ((e) => console.error('notifier', e)))(error);
      }
    },
  };
}

/** Which events tell the patient something new from the care team. */
export function noticeKind(event: { type: string; sender?: { kind: string } }): PatientNotice['kind'] | undefined {
  if (event.type === 'message') return event.sender?.kind === 'staff' ? 'message' : undefined;
  if (event.type === 'form-sent') return 'form';
  if (event.type === 'video-invitation') return 'video';
  if (event.type === 'visit-offered') return 'visit';
  return undefined;
}
