import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EmergencyMatch } from '@nara/triage/emergency';
import { emergencyAdvice } from '../base/emergency-advice.js';
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
    // the advice itself exists in Swedish and English; other languages get the English text with its lang
    return emergencyAdvice(this.match, {
      lead: t.writtenEmergency,
      after: t.notAnsweredAtOnce,
      call112: t.call112,
      lang: locale === 'sv' ? 'sv' : 'en',
      className: 'written-emergency',
      part: 'emergency',
    });
  }
}
