import { expect, fixture, html } from '@open-wc/testing';
import { HttpBackend } from '@nara/client';
import type { Assessment, AssessmentRequest } from '@nara/contract';
import { createApp } from '@nara/server';
import { buildQuestionnaire, findReason, redFlagsFor, responseFromAnswers } from '@nara/triage';
import '../provider/define.js';
import '../triage-result/define.js';
import type { NaraTriageResult } from '../triage-result/triage-result.js';
import { catalogueOf, loadLocale, type Strings } from './locale.js';
import { registerLocale } from './register-locale.js';
import { localeNotes } from './locale-notes.js';
import { dateFormat } from './date-format.js';
import { errorStrings } from './error-strings.js';
import { careWords, shortDateTime } from './care-words.js';
import { signInStrings } from './sign-in-strings.js';
import { strings as bookingPicker } from '../booking-picker/strings.js';
import { strings as careJourney } from '../care-journey/strings.js';
import { chatStrings as chatPanel } from '../chat-panel/strings.js';
import { strings as errand } from '../errand/strings.js';
import { strings as errandList } from '../errand-list/strings.js';
import { strings as staffQueue } from '../staff-queue/strings.js';
import { strings as questionnaire } from '../questionnaire/strings.js';
import { attachmentStrings } from '../questionnaire/attachment-strings.js';
import { dateStrings } from '../questionnaire/date-strings.js';
import { strings as shortcutList } from '../shortcut-list/strings.js';
import { strings as symptomForm } from '../symptom-form/strings.js';
import { strings as triageResult } from '../triage-result/strings.js';
import { visibleText } from '../../../../test/helpers/elements.js';

const catalogues: Strings<Record<string, unknown>>[] = [
  errorStrings,
  signInStrings,
  careWords,
  bookingPicker,
  careJourney,
  chatPanel,
  errand,
  errandList,
  questionnaire,
  attachmentStrings,
  dateStrings,
  shortcutList,
  staffQueue,
  symptomForm,
  triageResult,
];
const TRANSLATED = ['ar', 'fi', 'so'];

const app = createApp();
async function assessment(locale = 'sv'): Promise<Assessment> {
  const backend = new HttpBackend({ baseUrl: 'https://api.test', locale, fetch: async (r) => app.fetch(r), retries: 0 });
  const reason = findReason('forkylning')!;
  const response = responseFromAnswers(buildQuestionnaire(reason, 'sv'), { description: 'Hosta', since: 'days-1-3', overall: 6, cough: true, breathless: 'no' });
  const redFlags = Object.fromEntries(redFlagsFor('self').map((f) => [f.id, false]));
  return backend.assess({ reasonId: 'forkylning', response, subject: { kind: 'self' }, redFlags } as AssessmentRequest);
}

const noteOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="translation-note"]');

/** Arguments a Swedish string function accepts: markers for text (so a translation must show them), numbers otherwise. */
function argumentsFor(fn: (...args: unknown[]) => string): unknown[] | undefined {
  const text = ['§a', '§b', '§c'];
  const shapes = [text, [3, 5, 7], ['§a', 5, 7], [3, '§b']];
  for (const shape of shapes) {
    const args = shape.slice(0, Math.max(fn.length, 1));
    try {
      const out = fn(...args);
      if (typeof out === 'string' && !/undefined|NaN/.test(out)) return args;
    } catch {
      // not this shape
    }
  }
  return undefined;
}

/** Every difference in shape between a translation and Swedish, as paths. */
function compare(sv: unknown, other: unknown, path: string, problems: string[]): void {
  if (typeof sv === 'function') {
    if (typeof other !== 'function') return void problems.push(`${path}: not a function`);
    const args = argumentsFor(sv as (...a: unknown[]) => string);
    if (!args) return;
    for (const counts of [args, args.map((a) => (typeof a === 'number' ? 1 : a)), args.map((a) => (typeof a === 'number' ? 0 : a))]) {
      let out: unknown;
      try {
        out = (other as (...a: unknown[]) => unknown)(...counts);
      } catch (error) {
        return void problems.push(`${path}(${counts.join(', ')}): throws ${error}`);
      }
      if (typeof out !== 'string' || !out.trim() || /undefined|NaN|\$\{/.test(out)) problems.push(`${path}(${counts.join(', ')}): ${String(out)}`);
      for (const a of counts) if (typeof a === 'string' && typeof out === 'string' && !out.includes(a)) problems.push(`${path}: leaves out ${a}`);
    }
  } else if (Array.isArray(sv)) {
    if (!Array.isArray(other) || other.length !== sv.length) problems.push(`${path}: not ${sv.length} items`);
    else sv.forEach((v, i) => compare(v, other[i], `${path}[${i}]`, problems));
  } else if (typeof sv === 'object' && sv) {
    if (typeof other !== 'object' || !other) return void problems.push(`${path}: missing`);
    for (const key of Object.keys(sv)) compare((sv as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], `${path}.${key}`, problems);
    for (const key of Object.keys(other)) if (!(key in sv)) problems.push(`${path}.${key}: not in Swedish`);
  } else if (typeof other !== 'string' || !other.trim()) problems.push(`${path}: missing`);
}

describe('languages', () => {
  it('is accessible: a triage result in Arabic reads right to left, says it is unreviewed, in Arabic', async () => {
    const el = await fixture<NaraTriageResult>(html`<nara-triage-result locale="ar" .assessment=${await assessment()}></nara-triage-result>`);
    await expect(el).to.be.accessible();
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="title"]')!).direction).to.equal('rtl');
    expect(visibleText(el)).to.contain('يمكنك أن تعتني بنفسك');
    expect(noteOf(el)!.hidden).to.equal(false);
    expect(noteOf(el)!.textContent).to.equal('لم يراجع متحدث أصلي هذه الترجمة بعد.');
  });

  it('has every string of every element in Arabic, Finnish and Somali, each text placeholder shown', async () => {
    const problems: string[] = [];
    for (const strings of catalogues) {
      const catalogue = catalogueOf(strings);
      expect(catalogue.translated, catalogue.id).to.include.members(['en', ...TRANSLATED]);
      compare(catalogue.sv, await catalogue.load('en'), `${catalogue.id}.en`, problems);
      for (const locale of TRANSLATED) compare(catalogue.sv, await catalogue.load(locale), `${catalogue.id}.${locale}`, problems);
    }
    const notes = catalogueOf(localeNotes);
    for (const locale of TRANSLATED) {
      const { unreviewed, contentInSwedish } = await notes.load(locale);
      if (!unreviewed.trim() || !contentInSwedish.trim()) problems.push(`locale.${locale}: a note is missing`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('follows the language: Finnish left to right with its note, Swedish without one, and no note when turned off', async () => {
    const a = await assessment();
    const fi = await fixture<NaraTriageResult>(html`<nara-triage-result locale="fi" .assessment=${a}></nara-triage-result>`);
    expect(fi.getAttribute('dir')).to.equal('ltr');
    expect(visibleText(fi)).to.contain('Voit hoitaa vaivaa itse');
    expect(noteOf(fi)!.textContent).to.equal('Käännöstä ei ole vielä tarkistettu.');
    fi.locale = 'sv';
    await fi.updateComplete;
    expect(fi.getAttribute('lang')).to.equal('sv');
    expect(noteOf(fi)!.hidden).to.equal(true);
    const off = await fixture<NaraTriageResult>(html`<nara-triage-result locale="so" no-translation-note .assessment=${a}></nara-triage-result>`);
    expect(visibleText(off)).to.contain('Adigu waad daryeeli kartaa');
    expect(noteOf(off)?.hidden ?? true).to.equal(true);
  });

  it('takes the language from the provider, which can turn the note off for every element inside it', async () => {
    const a = await assessment();
    const provider = await fixture(html`<nara-provider locale="ar" no-translation-note><nara-triage-result .assessment=${a}></nara-triage-result></nara-provider>`);
    const el = provider.querySelector<NaraTriageResult>('nara-triage-result')!;
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(visibleText(el)).to.contain('سأتبع نصائح العناية الذاتية');
    expect(noteOf(el)?.hidden ?? true).to.equal(true);
  });

  it('takes the language from the page, and keeps an author’s own dir', async () => {
    const wrapper = await fixture(html`<div lang="so-SO"><nara-triage-result dir="ltr"></nara-triage-result></div>`);
    const el = wrapper.querySelector<NaraTriageResult>('nara-triage-result')!;
    el.assessment = await assessment();
    await el.updateComplete;
    expect(el.lang_).to.equal('so');
    expect(el.getAttribute('dir')).to.equal('ltr');
    wrapper.setAttribute('lang', 'ar');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.lang_).to.equal('ar');
    expect(el.getAttribute('dir'), 'the author’s dir stays').to.equal('ltr');
  });

  it('lets a region add a language without forking: its strings, direction and note; anything missing comes from Swedish', async () => {
    registerLocale({
      locale: 'fa',
      dir: 'rtl',
      unreviewedNote: 'این ترجمه هنوز بررسی نشده است.',
      strings: { 'triage-result': async () => ({ title: { 'self-care': 'می‌توانید خودتان از خود مراقبت کنید' } }) },
    });
    const el = await fixture<NaraTriageResult>(html`<nara-triage-result locale="fa" .assessment=${await assessment()}></nara-triage-result>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(visibleText(el)).to.contain('می‌توانید خودتان از خود مراقبت کنید');
    expect(visibleText(el), 'a string the region left out').to.contain('Råd om egenvård');
    expect(noteOf(el)!.textContent).to.equal('این ترجمه هنوز بررسی نشده است.');
  });

  it('marks the backend’s advice as Swedish when the backend has no Arabic, and says so in Arabic', async () => {
    const el = await fixture<NaraTriageResult>(html`<nara-triage-result locale="ar" .assessment=${await assessment('ar')}></nara-triage-result>`);
    const advice = el.shadowRoot!.querySelector('[part="self-care"] ul')!;
    expect(advice.getAttribute('lang')).to.equal('sv');
    expect(advice.getAttribute('dir')).to.equal('ltr');
    expect(el.shadowRoot!.querySelector('[part="content-note"]')!.textContent).to.equal('هذا النص غير متوفر باللغة العربية، لذلك يظهر باللغة السويدية.');
    const english = await fixture<NaraTriageResult>(html`<nara-triage-result locale="en" .assessment=${await assessment('en')}></nara-triage-result>`);
    expect(english.shadowRoot!.querySelector('[part="self-care"] ul')!.hasAttribute('lang'), 'English advice is English').to.equal(false);
    expect(english.shadowRoot!.querySelector('[part="content-note"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('writes dates in every language in Stockholm time, with Somali names where the browser has none', async () => {
    await loadLocale('so');
    const at = new Date('2026-12-08T13:30:00Z');
    const long = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Stockholm' } as const;
    const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Stockholm' } as const;
    expect(dateFormat('sv', long).format(at)).to.equal('tisdag 8 december');
    expect(dateFormat('fi', long).format(at)).to.equal('tiistai 8. joulukuuta');
    expect(dateFormat('so', long).format(at)).to.equal('Talaado 8 Diseembar');
    expect(dateFormat('ar', long).format(at)).to.equal('الثلاثاء، 8 ديسمبر');
    for (const locale of ['sv', 'ar', 'so']) expect(dateFormat(locale, time).format(at), locale).to.equal('14:30');
    expect(dateFormat('fi', time).format(at)).to.equal('14.30');
    expect(shortDateTime(at.toISOString(), 'so'), 'the staff elements’ dates in Somali').to.equal('8 Dis 2026, 14:30');
  });
});
