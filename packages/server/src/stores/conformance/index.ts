import { accessLogCases } from './access-log.js';
import { attachmentCases } from './attachments.js';
import { bookingCases } from './bookings.js';
import { caseCases } from './cases.js';
import { conversationCases } from './conversations.js';
import { followUpCases } from './follow-up.js';
import { integrityCases } from './integrity.js';
import type { StoreCase } from './kit.js';
import { shortcutCases } from './shortcuts.js';

export { newScope, type Scope, type StoreArea, type StoreCase } from './kit.js';

/** What every `Store` must do, area by area (see kit.ts for the format). */
export const storeCases: StoreCase[] = [...shortcutCases, ...accessLogCases, ...conversationCases, ...attachmentCases, ...caseCases, ...bookingCases, ...followUpCases, ...integrityCases];
