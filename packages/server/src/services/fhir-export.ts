import type { ChatEvent } from '@nara/contract';
import type { FollowUpRecord } from '../stores/follow-up-store.js';
import type { ConversationRecord, TriageCase } from '../stores/store.js';

/** A FHIR R4 resource as plain JSON. */
export type Resource = { resourceType: string; id: string } & Record<string, unknown>;
export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: Resource }[];
}

export const SYSTEMS = {
  personnummer: 'http://electronichealth.se/identifier/personnummer',
  icd10se: 'http://hl7.org/fhir/sid/icd-10-se',
  atc: 'http://www.whocc.no/atc',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
} as const;

const urn = (id: string) => `urn:uuid:${id}`;

/**
 * An errand as a FHIR R4 `collection` Bundle a record system can import: the Patient, an Encounter
 * (virtual, with the outcome's diagnoses), the self-reported history as the QuestionnaireResponse,
 * each chat message as a Communication (files as attachments pointing at the staff file URL, no
 * bytes), a Condition per ICD-10-SE code and a MedicationRequest per ATC code. Every reference is
 * to a `urn:uuid:` entry of the same Bundle.
 */
export function errandBundle(input: {
  conversation: ConversationRecord;
  events: ChatEvent[];
  triage: TriageCase | null;
  followUp?: FollowUpRecord;
  attachmentUrl: (id: string) => string;
  now: Date;
}): Bundle {
  const { conversation, events, triage, followUp } = input;
  const ids = new Map<string, string>();
  const idFor = (key: string) => ids.get(key) ?? (ids.set(key, crypto.randomUUID()), ids.get(key)!);
  const patientRef = { reference: urn(idFor('patient')) };
  const encounterRef = { reference: urn(idFor('encounter')) };
  const entry: Bundle['entry'] = [];
  const add = (key: string, resource: Omit<Resource, 'id'>) => entry.push({ fullUrl: urn(idFor(key)), resource: { ...resource, id: idFor(key) } as Resource });

  add('patient', { resourceType: 'Patient', identifier: [{ system: SYSTEMS.personnummer, value: conversation.owner }] });
  const closed = [...events].reverse().find((e) => e.type === 'closed');
  const diagnoses = followUp?.outcome.diagnosis ?? [];
  add('encounter', {
    resourceType: 'Encounter',
    status: conversation.status === 'closed' ? 'finished' : 'in-progress',
    class: { system: SYSTEMS.actCode, code: 'VR', display: 'virtual' },
    subject: patientRef,
    period: { start: conversation.createdAt, ...(closed ? { end: closed.at } : {}) },
    serviceProvider: { display: conversation.clinic },
    ...(diagnoses.length ? { diagnosis: diagnoses.map((code, i) => ({ condition: { reference: urn(idFor(`condition:${code}`)) }, rank: i + 1 })) } : {}),
  });
  if (triage) {
    const response = (typeof triage.response === 'object' && triage.response ? triage.response : {}) as Record<string, unknown>;
    add('questionnaire-response', {
      ...response,
      resourceType: 'QuestionnaireResponse',
      status: typeof response.status === 'string' ? response.status : 'completed',
      subject: patientRef,
      encounter: encounterRef,
      authored: triage.created,
    });
  }
  for (const event of events) {
    if (event.type !== 'message') continue;
    const sender =
      event.sender.kind === 'patient'
        ? patientRef
        : event.sender.kind === 'staff'
          ? { display: `${event.sender.name} (${event.sender.profession})` }
          : { display: 'Nära' };
    add(`message:${event.id}`, {
      resourceType: 'Communication',
      status: 'completed',
      subject: patientRef,
      encounter: encounterRef,
      sent: event.at,
      sender,
      ...(event.sender.kind === 'patient' ? {} : { recipient: [patientRef] }),
      payload: [
        ...(event.text ? [{ contentString: event.text }] : []),
        ...event.attachments.map((a) => ({ contentAttachment: { contentType: a.contentType, url: input.attachmentUrl(a.id), title: a.name, size: a.size } })),
      ],
    });
  }
  for (const code of diagnoses) {
    add(`condition:${code}`, {
      resourceType: 'Condition',
      clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
      verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'provisional' }] },
      code: { coding: [{ system: SYSTEMS.icd10se, code }] },
      subject: patientRef,
      encounter: encounterRef,
      ...(closed ? { recordedDate: closed.at } : {}),
    });
  }
  for (const [i, code] of (followUp?.outcome.prescribed ?? []).entries()) {
    add(`medication:${i}`, {
      resourceType: 'MedicationRequest',
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: { coding: [{ system: SYSTEMS.atc, code }] },
      subject: patientRef,
      encounter: encounterRef,
      ...(followUp ? { authoredOn: followUp.closedAt } : {}),
    });
  }
  return { resourceType: 'Bundle', id: crypto.randomUUID(), type: 'collection', timestamp: input.now.toISOString(), entry };
}
