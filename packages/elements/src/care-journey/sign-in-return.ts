import type { Assessment } from '@nara/contract';
import { captureSignInReturn } from '../base/sign-in.js';
import type { JourneyState } from './journey-history.js';
import { returnKey, type JourneyPlace } from './journey-return.js';

/** Where the journey goes back to after the sign-in round trip. */
export interface ReturnedPlace {
  /** The step the patient left from. */
  state: JourneyState;
  /** The step under it in the history, so "Tillbaka" and "Börja om" are there again (none: the step starts the history). */
  parent?: JourneyState;
  /** The assessment the journey showed. */
  assessment?: Assessment;
}

/** The step "Tillbaka" leads to after the sign-in round trip (the browser's own history then holds the sign-in page). */
function parentOf(state: JourneyState, first: JourneyState): JourneyState {
  if ((state.step === 'chat' || state.step === 'booking') && state.assessmentId) return { step: 'result' };
  if (state.step === 'result' || state.step === 'emergency') return { step: 'form' };
  if (state.step === 'self-care') return { step: 'result' };
  return first;
}

/** The place kept in this tab's `sessionStorage` when the patient left, removed as it is read. */
function take(clinic: string | undefined): JourneyPlace | undefined {
  try {
    const raw = sessionStorage.getItem(returnKey(clinic));
    sessionStorage.removeItem(returnKey(clinic));
    const place = raw ? (JSON.parse(raw) as JourneyPlace) : undefined;
    return place && typeof place.state?.step === 'string' ? place : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Back from the host's sign-in page: takes the token out of the address and answers the place the
 * journey was in when the patient left (loaded only then, with the sign-in module). Undefined when
 * the sign-in did not return or no place was kept: the journey then starts at its first step.
 */
export function placeAfterSignIn(clinic: string | undefined, first: JourneyState): ReturnedPlace | undefined {
  if (!captureSignInReturn()) return undefined;
  const place = take(clinic);
  if (!place) return undefined;
  const parent = parentOf(place.state, first);
  // a result or self-care step cannot be shown again without its assessment
  const keepsParent = parent.step !== place.state.step && (place.assessment !== undefined || (parent.step !== 'result' && parent.step !== 'self-care'));
  return { ...place, parent: keepsParent ? parent : undefined };
}
