import * as z from 'zod/mini';
import { Clinic } from './clinic.js';
import { ShortcutList, ShortcutsUpdate } from './shortcuts.js';
import { Assessment, AssessmentRequest, Questionnaire, QuestionnaireQuery, ReasonList, ReasonQuery, RedFlagList, RedFlagQuery } from './triage.js';

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
    summary: "A contact reason's FHIR R4 Questionnaire in the asked-for language (the other language as translation extensions), worded about a child with `subject=child`",
    auth: false,
    query: QuestionnaireQuery,
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
