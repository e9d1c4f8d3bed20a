// Type-checked by `npm run typecheck`: every component of @nara/react with its props and its onNara… event
// props, the details typed. The @ts-expect-error lines prove the types bite.
import { useState } from 'react';
import type { Assessment, CareBackend } from '@nara/contract';
import type { IndicatorReport } from '@nara/contract/follow-up';
import {
  NaraBookingPicker,
  NaraCareJourney,
  NaraChatPanel,
  NaraClinicSettings,
  NaraErrand,
  NaraErrandList,
  NaraFollowUp,
  NaraProvider,
  NaraQuestionnaire,
  NaraShortcutList,
  NaraShortcutTile,
  NaraStaffQueue,
  NaraSymptomForm,
  NaraTriageResult,
} from '@nara/react';

declare const backend: CareBackend;
declare const assessment: Assessment;
declare function signIn(): Promise<string>;
declare const settings: import('@nara/elements/staff').ClinicSettingsApi;
declare function indicators(query: { from: string; to: string; clinic?: string }): Promise<IndicatorReport>;

export function RegionalApp() {
  const [token, setToken] = useState<string | null>(null);
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((l) => [...l, line]);
  return (
    <NaraProvider
      api="https://vard.example.se/api"
      clinic="vc-linden"
      locale="ar"
      demo={false}
      noTranslationNote
      backend={backend}
      getToken={async () => token}
      onNaraAuthRequired={async (e) => {
        setToken(await signIn());
        e.detail.retry();
      }}
      onNaraError={(e) => note(`${e.detail.code}: ${e.detail.message} (${e.detail.status ?? '-'})`)}
    >
      <NaraCareJourney
        clinic="vc-linden"
        reason="forkylning"
        directChat="nurse"
        childHealth
        skipMenu={false}
        noHistory
        headingLevel={2}
        locale="fi"
        onNaraJourneyStep={(e) => note(`${e.detail.previous} → ${e.detail.step}`)}
        onNaraEmergency={(e) => note(e.detail.redFlags.join())}
        onNaraAssessment={(e) => note(e.detail.assessment.urgency)}
        onNaraAction={(e) => note(`${e.detail.action} ${e.detail.urgency} ${e.detail.assessmentId} ${e.detail.reasonId}`)}
        onNaraBooked={(e) => note(e.detail.booking.id)}
        onNaraError={(e) => note(e.detail.code)}
      />
      <NaraSymptomForm
        reason="ont-i-halsen"
        subject="child"
        audience="child"
        headingLevel={3}
        demo
        api="/api"
        clinic="vc-linden"
        locale="so"
        onNaraEmergency={(e) => note(e.detail.redFlags.join())}
        onNaraSubmit={(e) => note(`${e.detail.response.status} ${e.detail.request?.reasonId ?? ''}`)}
        onNaraAssessment={(e) => {
          if (e.detail.assessment.urgency === 'self-care') e.preventDefault();
        }}
        onNaraCancel={() => note('cancelled')}
        onNaraAction={(e) => note(e.detail.action)}
        onNaraError={(e) => note(e.detail.message)}
        onNaraAuthRequired={(e) => e.detail.retry()}
      />
      <NaraTriageResult assessment={assessment} headingLevel={2} locale="ar" noTranslationNote onNaraAction={(e) => note(e.detail.action)} />
      <NaraQuestionnaire
        questionnaire={{ resourceType: 'Questionnaire', status: 'active', item: [] }}
        readonly={false}
        paged
        headingLevel={2}
        submitLabel="Skicka"
        onNaraChange={(e) => note(e.detail.response.status)}
        onNaraSubmit={(e) => note(String(e.detail.response.item?.length ?? 0))}
        onNaraError={(e) => note(e.detail.code)}
        onNaraAuthRequired={(e) => e.detail.retry()}
      />
      <NaraChatPanel
        conversation="c-1"
        profession="nurse"
        assessmentId="a-1"
        onNaraConversation={(e) => note(e.detail.conversationId)}
        onNaraMessageSent={(e) => note(`${e.detail.conversationId} ${e.detail.event.seq}`)}
        onNaraChatClosed={(e) => note(e.detail.conversationId)}
        onNaraAuthRequired={(e) => e.detail.retry()}
        onNaraError={(e) => note(e.detail.code)}
      />
      <NaraBookingPicker
        visitType="video"
        profession="doctor"
        assessmentId="a-1"
        initialView="my-bookings"
        bookingId="b-1"
        headingLevel={2}
        onNaraBooked={(e) => note(e.detail.booking.slot.start)}
        onNaraBookingChanged={(e) => note(`${e.detail.previous.slot.start} → ${e.detail.booking.slot.start}`)}
        onNaraBookingCancelled={(e) => note(e.detail.booking.status)}
        onNaraError={(e) => note(e.detail.code)}
        onNaraAuthRequired={(e) => e.detail.retry()}
      />
      <NaraShortcutList
        heading="Mina genvägar"
        headingLevel={2}
        onNaraShortcut={(e) => note(e.detail.heading)}
        onNaraShortcutsChange={(e) => note(String(e.detail.shortcuts.length))}
        onNaraError={(e) => note(e.detail.code)}
        onNaraAuthRequired={(e) => e.detail.retry()}
      />
      <NaraShortcutTile
        heading="Chatta med oss"
        description="Vardagar 8–17"
        icon="chat"
        href="https://vard.example.se/chatt"
        target="_self"
        badge="2"
        badgeLabel="2 olästa"
        serviceId="chat"
        onNaraShortcut={(e) => note(`${e.detail.heading} ${e.detail.serviceId ?? ''}`)}
      />
      {/* @ts-expect-error a heading level is a number */}
      <NaraTriageResult headingLevel="2" />
      {/* @ts-expect-error not a visit type */}
      <NaraBookingPicker visitType="in-person" />
      {/* @ts-expect-error the booked detail has no `slotId` */}
      <NaraBookingPicker onNaraBooked={(e) => note(e.detail.slotId)} />
      {/* @ts-expect-error the tile fires no nara-booked */}
      <NaraShortcutTile heading="x" onNaraBooked={() => {}} />
      <output>{log.join('\n')}</output>
    </NaraProvider>
  );
}

/** The care team's side and the patient's "my errands": the staff wrappers come from @nara/elements/staff. */
export function StaffConsole() {
  const [open, setOpen] = useState('');
  const [closed, setClosed] = useState(0);
  return (
    <NaraProvider api="https://vard.example.se/api" clinic="vc-linden" locale="fi" onNaraAuthRequired={(e) => void e.detail.retry}>
      <NaraStaffQueue heading="Jono" headingLevel={2} scope="all" selected={open} onNaraErrandSelect={(e) => setOpen(e.detail.conversationId)} />
      <NaraErrand
        conversation={open}
        onNaraErrandChange={(e) => e.detail.status === 'closed' && setClosed((n) => n + 1)}
        onNaraError={(e) => console.warn(e.detail.code, e.detail.message)}
      />
      <NaraErrandList heading="Mina ärenden" headingLevel={3} openOnly open={open} onNaraErrandOpen={(e) => setOpen(e.detail.conversationId)} />
      <NaraFollowUp
        from="2026-11-01"
        to="2026-11-30"
        clinics={{ 'vc-linden': 'Vårdcentralen Linden' }}
        loader={indicators}
        headingLevel={2}
        onNaraFollowUpLoad={(e) => setClosed(e.detail.report.indicators.length)}
      />
      <NaraClinicSettings
        clinic="vc-linden"
        clinicName="Vårdcentralen Linden"
        api={{ get: settings.get, save: settings.save, audit: settings.audit }}
        onNaraSettingsSaved={(e) => setClosed(e.detail.settings.version)}
      />
      {/* @ts-expect-error the queue's scope is mine or all */}
      <NaraStaffQueue scope="everyone" />
      {/* @ts-expect-error the change detail has no `booking` */}
      <NaraErrand onNaraErrandChange={(e) => setOpen(e.detail.booking)} />
      <output>{closed}</output>
    </NaraProvider>
  );
}
