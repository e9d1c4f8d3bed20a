import { html, nothing } from 'lit';
import type { RedFlag } from '@nara/contract';
import { icon } from '../icons/icons.js';
import type { SymptomFormStrings } from './strings.js';
import { contentNote, type ContentLanguage } from '../base/content-language.js';

/**
 * Which red flags a screen asks. The first screen, before "who is it for", asks the flags for
 * anyone (and, when the subject is set beforehand, that subject's own); the flags for a child (or an
 * adult) are asked right after the who step, so an adult never sees questions about an infant.
 */
export function flagsToAsk(flags: RedFlag[], screen: 'screen' | 'subject-screen', subject: 'self' | 'child' | undefined, preset: boolean): RedFlag[] {
  const own = (f: RedFlag) => f.audience === (subject === 'child' ? 'child' : 'adult');
  if (screen === 'screen') return flags.filter((f) => f.audience === 'any' || (preset && subject !== undefined && own(f)));
  return preset ? [] : flags.filter(own);
}

export interface EmergencyScreenProps {
  s: SymptomFormStrings;
  flags: RedFlag[];
  /** The questions' language, when the backend did not have the element's. */
  content?: ContentLanguage;
  answers: Record<string, boolean>;
  heading: (text: string) => unknown;
  onToggle: (id: string, yes: boolean) => void;
  onNone: () => void;
  /** The second screen, after "who is it for": the subject's own flags. */
  subjectScreen?: 'self' | 'child';
}

/** The emergency screen: every red flag as a checkbox; ticking one leads straight to the 112 advice. */
export function renderEmergencyScreen({ s, flags, content = {}, answers, heading, onToggle, onNone, subjectScreen }: EmergencyScreenProps) {
  return html`${heading(subjectScreen === 'child' ? s.childScreenHeading : subjectScreen ? s.selfScreenHeading : s.screenHeading)}
    <p id="screen-intro">${s.screenIntro}</p>
    ${contentNote(content)}
    <fieldset class="flags" aria-describedby="screen-intro">
      <legend>${s.screenLegend}</legend>
      ${flags.map(
        (flag) => html`<div class="check">
          <input
            type="checkbox"
            id=${`flag-${flag.id}`}
            data-flag=${flag.id}
            .checked=${answers[flag.id] === true}
            aria-describedby=${flag.help ? `flag-${flag.id}-help` : nothing}
            @change=${(e: Event) => onToggle(flag.id, (e.target as HTMLInputElement).checked)}
          />
          <label for=${`flag-${flag.id}`} lang=${content.lang ?? nothing} dir=${content.dir ?? nothing}>${flag.question}</label>
          ${flag.help ? html`<p class="hint" id=${`flag-${flag.id}-help`} lang=${content.lang ?? nothing} dir=${content.dir ?? nothing}>${flag.help}</p>` : nothing}
        </div>`,
      )}
    </fieldset>
    <div class="actions">
      <button class="button" type="button" data-action="none" @click=${onNone}>${s.screenNone}</button>
    </div>`;
}

export interface EmergencyAdviceProps {
  s: SymptomFormStrings;
  met: RedFlag[];
  /** The questions' language, when the backend did not have the element's. */
  content?: ContentLanguage;
  heading: (text: string) => unknown;
  onUndo: () => void;
}

/** Call 112: the link comes first, then why and any extra advice. Nothing hides or delays it. */
export function renderEmergencyAdvice({ s, met, content = {}, heading, onUndo }: EmergencyAdviceProps) {
  return html`<div class="emergency" part="emergency">
    ${heading(s.emergencyHeading)}
    <a class="button danger call" href="tel:112" part="call-112">${icon('phone')}<span>${s.call112}</span></a>
    <p class="emergency-text">${icon('emergency', 'icon inline')} ${s.emergencyText}</p>
    ${met.length
      ? html`<p>${s.emergencyBecause}</p>
          <ul class="met" lang=${content.lang ?? nothing} dir=${content.dir ?? nothing}>
            ${met.map((flag) => html`<li>${flag.question}${flag.advice ? html`<p class="advice">${flag.advice}</p>` : nothing}</li>`)}
          </ul>`
      : nothing}
    <button class="button quiet" type="button" data-action="undo" @click=${onUndo}>${s.emergencyUndo}</button>
  </div>`;
}
