import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { EmergencyMatch } from '@nara/triage/emergency';
import { icon } from '../icons/icons.js';
import type { ChatStrings } from './strings.js';

/**
 * A message the patient sends that describes an emergency ("nu har jag svårt att andas") gets the
 * 112 advice at once, under the message: a chat is not answered at once, and nothing may delay that
 * advice. The message is still sent. The phrase list (the one reason search uses, read as free text:
 * a negation before the words does not count) loads with the first message, not with the panel.
 */
export class WrittenEmergency implements ReactiveController {
  match?: EmergencyMatch;
  private find?: Promise<typeof import('@nara/triage/emergency').findEmergency>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Reads a message as it is sent; shows the advice when it describes an emergency. */
  async check(text: string): Promise<void> {
    if (!text.trim()) return;
    this.find ??= import('@nara/triage/emergency').then((m) => m.findEmergency);
    const match = (await this.find)(text, { negation: true });
    if (!match) return;
    this.match = match;
    this.host.requestUpdate();
  }

  render(t: ChatStrings, locale: string) {
    const match = this.match;
    if (!match) return nothing;
    const lang = locale === 'sv' ? 'sv' : 'en';
    const { advice, helpline } = match.rule;
    // the advice itself exists in Swedish and English; other languages get the English text with its lang
    return html`<div class="written-emergency" role="alert" part="emergency" data-emergency=${match.rule.id}>
      <p><strong>${t.writtenEmergency}</strong> <span lang=${lang}>${advice[lang]}</span> ${t.notAnsweredAtOnce}</p>
      <a class="button danger call" href="tel:112" part="call-112">${icon('phone')}<span>${t.call112}</span></a>
      ${helpline
        ? html`<p class="helpline" lang=${lang}>${helpline.when[lang]} ${helpline.name[lang]}: <a href=${`tel:${helpline.tel}`}>${helpline.number}</a></p>`
        : nothing}
    </div>`;
  }
}
