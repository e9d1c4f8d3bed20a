import type { Assessment } from '@nara/contract';
import type { JourneyState } from './journey-history.js';

/** Where the journey was when the patient left for the sign-in page, and the assessment it showed. */
export interface JourneyPlace {
  state: JourneyState;
  assessment?: Assessment;
}

/** Where a clinic's journey keeps its place in `sessionStorage`. */
export const returnKey = (clinic: string | undefined) => `nara-care-journey:return:${clinic ?? '-'}`;

/**
 * Keeps the journey's place across the round trip to the host's sign-in page, in this tab's
 * `sessionStorage` only (as the symptom form keeps its draft); sign-in-return.ts hands it back once.
 */
export const journeyReturn = {
  save(clinic: string | undefined, place: JourneyPlace): void {
    try {
      sessionStorage.setItem(returnKey(clinic), JSON.stringify(place));
    } catch {
      // storage blocked: after sign-in the journey starts at its first step (the form's draft may still be there)
    }
  },

  /** Whether a place is kept (the patient left for the sign-in page from this clinic's journey). */
  has(clinic: string | undefined): boolean {
    try {
      return sessionStorage.getItem(returnKey(clinic)) !== null;
    } catch {
      return false;
    }
  },
};
