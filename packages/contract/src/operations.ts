import * as z from 'zod/mini';
import { Clinic } from './clinic.js';
import { ShortcutList, ShortcutsUpdate } from './shortcuts.js';
import { AttachmentUpload, StoredAttachment } from './attachments.js';
import { Assessment, AssessmentRequest, Questionnaire, ReasonList, ReasonQuery, RedFlagList, RedFlagQuery } from './triage.js';

/** One call of the HTTP contract: the single source for the server's validation and the OpenAPI document. */
export interface Operation {
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style path, `{param}` for path parameters. */
  path: string;
  summary: string;
  /** Whether the call needs a signed-in person (Bearer token). */
  auth: boolean;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  status?: number;
  headers?: string[];
  /** The request body's media type when it is not JSON (e.g. `multipart/form-data`). */
  bodyType?: string;
  /** The response's media type when it is not JSON (e.g. a file). */
  responseType?: string;
}

export const operations: Operation[] = [
  {
    id: 'getClinic',
    method: 'get',
    path: '/v1/clinics/{clinic}',
    summary: 'A clinic: contact details, channels, opening hours per channel and profession, listing rules, services',
    auth: false,
    response: Clinic,
  },
  {
    id: 'getShortcuts',
    method: 'get',
    path: '/v1/shortcuts',
    summary: "The patient's own shortcuts, in their order",
    auth: true,
    response: ShortcutList,
  },
  {
    id: 'saveShortcuts',
    method: 'put',
    path: '/v1/shortcuts',
    summary: "Replace the patient's shortcuts (order included)",
    auth: true,
    body: ShortcutsUpdate,
    response: ShortcutList,
  },
  {
    id: 'uploadAttachment',
    method: 'post',
    path: '/v1/attachments',
    summary: 'Store one file (PDF, JPG, PNG or GIF, at most 10 MB) the person attaches to an answer or a message; 415 when its bytes are another type, 413 when too large',
    auth: true,
    body: AttachmentUpload,
    bodyType: 'multipart/form-data',
    response: StoredAttachment,
    status: 201,
  },
  {
    id: 'getAttachment',
    method: 'get',
    path: '/v1/attachments/{id}',
    summary: 'The bytes of a file the same person stored',
    auth: true,
    response: z.string(),
    responseType: 'application/octet-stream',
  },
  {
    id: 'listReasons',
    method: 'get',
    path: '/v1/reasons',
    summary: "The contact-reason catalogue (of a clinic, when `clinic` is given) in the asked-for language",
    auth: false,
    query: ReasonQuery,
    response: ReasonList,
  },
  {
    id: 'getRedFlags',
    method: 'get',
    path: '/v1/red-flags',
    summary: "The emergency screen's questions (for oneself or a child, when `subject` is given)",
    auth: false,
    query: RedFlagQuery,
    response: RedFlagList,
  },
  {
    id: 'getQuestionnaire',
    method: 'get',
    path: '/v1/questionnaires/{id}',
    summary: "A contact reason's FHIR R4 Questionnaire in the asked-for language (the other language as translation extensions)",
    auth: false,
    response: Questionnaire,
  },
  {
    id: 'assess',
    method: 'post',
    path: '/v1/assessments',
    summary: 'Assess an errand: urgency, red flags met, why, next steps, profession, self-care advice. Saved to the person when signed in',
    auth: false,
    body: AssessmentRequest,
    response: Assessment,
    status: 201,
  },
];
