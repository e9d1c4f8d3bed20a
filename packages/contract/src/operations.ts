import * as z from 'zod/mini';
import { Clinic } from './clinic.js';
import { ShortcutList, ShortcutsUpdate } from './shortcuts.js';

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
];
