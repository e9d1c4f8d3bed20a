// Types only (no code): Nära's elements as typed global components in Vue templates.
//
//   // main.ts
//   import '@nara/elements/vue';      // the types, once
//   import '@nara/elements/care-journey/define.js';
//   app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('nara-');
//
// Then `<nara-care-journey clinic="vc-linden" :heading-level="2" @nara-journey-step="(e) => e.detail.step">`
// is checked by vue-tsc / Volar: props from the element classes, events with their detail.
import type { DefineComponent } from 'vue';
import type { NaraEvent, NaraEventName } from './events.js';
import type { NaraProvider } from './provider/provider.js';
import type { NaraCareJourney } from './care-journey/care-journey.js';
import type { NaraSymptomForm } from './symptom-form/symptom-form.js';
import type { NaraTriageResult } from './triage-result/triage-result.js';
import type { NaraQuestionnaire } from './questionnaire/questionnaire.js';
import type { NaraChatPanel } from './chat-panel/chat-panel.js';
import type { NaraBookingPicker } from './booking-picker/booking-picker.js';
import type { NaraShortcutList } from './shortcut-list/shortcut-list.js';
import type { NaraShortcutTile } from './shortcut-tile/shortcut-tile.js';

/** `nara-booking-changed` → `NaraBookingChanged` */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `onNaraBooked` and the like: Vue's listener props for `@nara-booked`. */
export type NaraListeners<N extends NaraEventName> = { [K in N as `on${Pascal<K>}`]?: (event: NaraEvent<K>) => void };

/** What every element takes from its provider, or itself. */
type Shared = 'locale' | 'noTranslationNote';
type WithBackend = Shared | 'api' | 'clinic' | 'demo' | 'backend';

/** An element as a Vue component: the chosen properties of its class, and its events. */
export type NaraVueComponent<E, P extends keyof E, N extends NaraEventName = never> = DefineComponent<Partial<Pick<E, P>> & NaraListeners<N>>;

type Failures = 'nara-error' | 'nara-auth-required';

export interface NaraVueComponents {
  'nara-provider': NaraVueComponent<NaraProvider, 'api' | 'clinic' | 'locale' | 'noTranslationNote' | 'demo' | 'backend' | 'getToken', NaraEventName>;
  'nara-care-journey': NaraVueComponent<
    NaraCareJourney,
    WithBackend | 'reason' | 'directChat' | 'childHealth' | 'skipMenu' | 'noHistory' | 'headingLevel',
    'nara-journey-step' | 'nara-emergency' | 'nara-assessment' | 'nara-action' | 'nara-booked' | Failures
  >;
  'nara-symptom-form': NaraVueComponent<
    NaraSymptomForm,
    WithBackend | 'reason' | 'subject' | 'audience' | 'headingLevel',
    'nara-emergency' | 'nara-submit' | 'nara-assessment' | 'nara-cancel' | 'nara-action' | Failures
  >;
  'nara-triage-result': NaraVueComponent<NaraTriageResult, Shared | 'assessment' | 'headingLevel', 'nara-action'>;
  'nara-questionnaire': NaraVueComponent<
    NaraQuestionnaire,
    Shared | 'api' | 'demo' | 'backend' | 'questionnaire' | 'readonly' | 'paged' | 'headingLevel' | 'submitLabel',
    'nara-change' | 'nara-submit' | Failures
  >;
  'nara-chat-panel': NaraVueComponent<NaraChatPanel, WithBackend | 'conversation' | 'profession' | 'assessmentId', 'nara-conversation' | 'nara-message-sent' | 'nara-chat-closed' | Failures>;
  'nara-booking-picker': NaraVueComponent<
    NaraBookingPicker,
    WithBackend | 'visitType' | 'profession' | 'assessmentId' | 'initialView' | 'bookingId' | 'headingLevel',
    'nara-booked' | 'nara-booking-changed' | 'nara-booking-cancelled' | Failures
  >;
  'nara-shortcut-list': NaraVueComponent<NaraShortcutList, WithBackend | 'heading' | 'headingLevel', 'nara-shortcut' | 'nara-shortcuts-change' | Failures>;
  'nara-shortcut-tile': NaraVueComponent<NaraShortcutTile, 'heading' | 'description' | 'icon' | 'href' | 'target' | 'badge' | 'badgeLabel' | 'serviceId', 'nara-shortcut'>;
}

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends NaraVueComponents {}
}
