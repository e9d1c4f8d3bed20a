import * as z from 'zod/mini';
import { ChatEvent, ChatEventList, ChatEventsQuery } from './chat.js';
import type { Operation } from './operations.js';
import {
  CloseErrand,
  NewStaffConversation,
  PhraseList,
  StaffConversation,
  StaffFormList,
  StaffHandover,
  StaffProfile,
  StaffQueue,
  StaffQueueQuery,
  StaffReply,
  StaffReport,
  StaffSendForm,
  StaffVideoInvite,
} from './staff.js';
import { IndicatorQuery, IndicatorReport } from './follow-up.js';

const conversation = '/v1/staff/conversations/{id}';

/** The care team's calls: staff tokens only, each limited to the staff member's clinic (another clinic's errand is 404). */
export const staffOperations: Operation[] = [
  { id: 'getStaffProfile', method: 'get', path: '/v1/staff/me', summary: 'The signed-in staff member: name, profession, clinic', auth: true, response: StaffProfile },
  {
    id: 'getStaffQueue',
    method: 'get',
    path: '/v1/staff/queue',
    summary:
      "The clinic's queued and open errands (the staff member's profession, or `scope=all`) by urgency, then waiting time, each with its promised answer time. With `Accept: text/event-stream` the queue again whenever it changes",
    auth: true,
    query: StaffQueueQuery,
    response: StaffQueue,
    eventStream: StaffQueue,
  },
  {
    id: 'startStaffConversation',
    method: 'post',
    path: '/v1/staff/conversations',
    summary: 'A contact started by staff (a test result, a form, a follow-up) with a patient of the clinic; the staff member holds it',
    auth: true,
    body: NewStaffConversation,
    response: StaffConversation,
    status: 201,
  },
  { id: 'getStaffConversation', method: 'get', path: conversation, summary: 'One errand of the clinic', auth: true, response: StaffConversation },
  {
    id: 'getStaffReport',
    method: 'get',
    path: `${conversation}/report`,
    summary:
      "The patient's report: reason, subject (a child's age and guardian), every answer in reading order with its question, the assessment, attached files, and forms sent in the chat with their scores. Logged as a read",
    auth: true,
    response: StaffReport,
  },
  {
    id: 'getStaffAttachment',
    method: 'get',
    path: '/v1/staff/attachments/{id}',
    summary: "The bytes of a file a patient attached to an errand of the staff member's clinic (404 otherwise). Logged as a read",
    auth: true,
    response: z.string(),
    responseType: 'application/octet-stream',
  },
  {
    id: 'listStaffConversationEvents',
    method: 'get',
    path: `${conversation}/events`,
    summary: "The errand's chat events after a seq; with `Accept: text/event-stream` live (resumes after `Last-Event-ID`)",
    auth: true,
    query: ChatEventsQuery,
    headers: ['Last-Event-ID'],
    response: ChatEventList,
    eventStream: ChatEvent,
  },
  { id: 'takeErrand', method: 'post', path: `${conversation}/take`, summary: 'Take a queued errand of the own profession (409 when someone else has)', auth: true, response: StaffConversation },
  { id: 'staffReply', method: 'post', path: `${conversation}/messages`, summary: 'Write to the patient (the errand must be taken)', auth: true, body: StaffReply, response: ChatEvent, status: 201 },
  { id: 'handOverErrand', method: 'post', path: `${conversation}/handover`, summary: 'Hand the errand over to another profession; it goes back to the queue', auth: true, body: StaffHandover, response: StaffConversation },
  { id: 'sendStaffForm', method: 'post', path: `${conversation}/forms`, summary: 'Send a form from the library (a rating scale is scored on the server when answered)', auth: true, body: StaffSendForm, response: ChatEvent, status: 201 },
  { id: 'inviteToVideo', method: 'post', path: `${conversation}/video`, summary: 'Invite the patient to a video call', auth: true, body: StaffVideoInvite, response: ChatEvent, status: 201 },
  { id: 'closeErrand', method: 'post', path: `${conversation}/close`, summary: 'Close the errand with an outcome', auth: true, body: CloseErrand, response: StaffConversation },
  { id: 'listPhrases', method: 'get', path: '/v1/staff/phrases', summary: "The clinic's phrase templates (`{firstName}`, `{staffName}` are filled in by the staff element)", auth: true, response: PhraseList },
  { id: 'listStaffForms', method: 'get', path: '/v1/staff/forms', summary: 'The forms library: rating scales (PHQ-9, GAD-7, AUDIT, EPDS) and follow-ups', auth: true, response: StaffFormList },
  {
    id: 'getStaffIndicators',
    method: 'get',
    path: '/v1/staff/indicators',
    summary:
      "Follow-up indicators for a period (the clinic's staff: their clinic; the region role: its clinics, per clinic, cells under 5 hidden); `format=csv` gives the same figures as CSV",
    auth: true,
    query: IndicatorQuery,
    response: IndicatorReport,
  },
  {
    id: 'getStaffErrandFhir',
    method: 'get',
    path: `${conversation}/fhir`,
    summary: 'The errand as a FHIR R4 collection Bundle (QuestionnaireResponse, Communication per message, Encounter, Condition, MedicationRequest) for a record system. Logged as a read',
    auth: true,
    response: z.looseObject({ resourceType: z.literal('Bundle'), type: z.literal('collection'), entry: z.array(z.looseObject({ resource: z.looseObject({ resourceType: z.string() }) })) }),
  },
];
