/**
 * The runtime-agnostic reference backend: the hono app, its services, the store interface, the
 * in-memory store and the seed data. It runs wherever `fetch` does (Node, a browser page, a worker);
 * the Node side (configuration, SQL stores, JWT, the site) is `@nara/server-node`.
 */
export { createApp, type AppOptions } from './app.js';
export type { RequestLogEntry } from './http/request-log.js';
export type { AppContext } from './context.js';
export { createMemoryStore } from './stores/memory-store.js';
export { DEFAULT_QUOTAS, type Quotas } from './services/quotas.js';
export { fillFollowUpMonth, seededMonth, type MonthOptions } from './seed/follow-up-month.js';
export { StoreConflict } from './stores/store.js';
export type { FollowUpRecord, FollowUpQuery, FollowUpStore } from './stores/follow-up-store.js';
export type { ConsultationRecord, ConsultationStaff, ConsultationStore } from './stores/consultation-store.js';
export type { ClinicSettingsStore, StoredClinicSettings } from './stores/clinic-settings-store.js';
export type {
  Store,
  ShortcutRef,
  AccessLogEntry,
  AccessLogQuery,
  AttachmentRecord,
  BookingRecord,
  CreateOutcome,
  MoveOutcome,
  TriageCase,
  ConversationRecord,
  NewChatEvent,
  AppendResult,
} from './stores/store.js';
export { createInProcessBus, type EventBus } from './stores/event-bus.js';
export { conversationBusOn } from './stores/event-bus-conversations.js';
export { SlotSchedule, slotId, parseSlotId } from './services/slots.js';
export { scheduleSeeds, type ClinicSchedule, type ScheduleBlock } from './seed/schedules.js';
export { testAuthenticator, anyOf, patientRoleFor, adminPerson, type Authenticator, type Person } from './http/auth.js';
export { parseCorsOrigins, type CorsPolicy } from './http/cors-policy.js';
export { TokenBuckets, type BucketSize, type RateLimitOptions } from './http/rate-limit.js';
export { HttpProblem, jsonBody } from './http/problem.js';
export { parsePersonnummer, ageOn, luhnCheckDigit, GUARDIAN_ACCESS_UNTIL_AGE } from './http/personnummer.js';
export { testPatients, testStaff, testAdmins, findTestPatient, findTestStaff, findTestAdmin, testRegionStaff, findTestRegionStaff, type TestPatient, type TestStaff } from './http/test-identities.js';
export { clinicSeeds } from './seed/clinics.js';
export { InProcessConversationBus, type ConversationBus } from './services/conversation-bus.js';
export type { CareTeamSimulationOptions } from './services/care-team-simulator.js';
export { chatAvailability } from './services/chat-availability.js';
export { followUpQuestionnaire } from './seed/chat-script.js';
export { storeCases, newScope, type StoreCase, type StoreArea, type Scope } from './stores/conformance/index.js';
export { logNotifier, webhookNotifier, type PatientNotifier, type PatientNotice } from './services/notifier.js';
