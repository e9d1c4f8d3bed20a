import { html, nothing } from 'lit';
import type { EmergencyMatch } from '@nara/triage/emergency';
import { icon } from '../icons/icons.js';

/** Where the advice shows and what leads it: each place has its own words and styling hooks. */
export interface EmergencyAdviceOptions {
  /** The bold lead ("Ring 112 nu.", "Du skrev något som kan vara livshotande."). */
  lead: string;
  /** Text after the advice (the chat's "the chat is not answered at once"). */
  after?: string;
  /** The call link's text. */
  call112: string;
  /** The advice and helplines exist in Swedish and English: other languages get the English, marked so. */
  lang: 'sv' | 'en';
  className: string;
  part: string;
  id?: string;
}

/**
 * The 112 advice for an emergency the patient typed — in the reason search, in an answer, in a chat
 * message: the lead and the rule's advice, the call link first of the actions, and a helpline where
 * one fits (Självmordslinjen 90101). One template, so the advice reads and works alike everywhere.
 */
export function emergencyAdvice(match: EmergencyMatch | undefined, o: EmergencyAdviceOptions) {
  if (!match) return nothing;
  const { advice, helpline } = match.rule;
  return html`<div class=${o.className} id=${o.id ?? nothing} role="alert" part=${o.part} data-emergency=${match.rule.id}>
    <p><strong>${o.lead}</strong> <span lang=${o.lang}>${advice[o.lang]}</span>${o.after ? ` ${o.after}` : nothing}</p>
    <a class="button danger call" href="tel:112" part="call-112">${icon('phone')}<span>${o.call112}</span></a>
    ${helpline
      ? html`<p class="helpline" lang=${o.lang}>
          ${helpline.when[o.lang]} ${helpline.name[o.lang]}: <a href=${`tel:${helpline.tel}`} data-helpline=${helpline.tel}>${helpline.number}</a>
        </p>`
      : nothing}
  </div>`;
}
