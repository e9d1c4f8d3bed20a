import type { Profession, Urgency } from './model.js';
import type { PlainAnswer } from './answers.js';

/**
 * Patient stories with the outcome a clinician would expect, run against the engine by
 * `vignettes.test.ts`. Columns: story, reason id, who (`self`, or the child's age in months), answers
 * (linkId → value), red-flag screen answers that were "yes", expected urgency, expected profession.
 * Required questions a story leaves out get their reassuring answer (see `REASSURING`); description,
 * since (`days-1-3`) and overall (6) default too. Demo content, not clinically validated.
 */
export type VignetteRow = [
  story: string,
  reason: string,
  who: 'self' | number,
  answers: Record<string, PlainAnswer>,
  redFlags: string[],
  urgency: Urgency,
  profession: Profession,
];

/** The reassuring answer to a required question a vignette does not mention. */
export const REASSURING: Record<string, PlainAnswer> = {
  'can-swallow-saliva': true,
  drinks: true,
  breathless: 'no',
  'daily-life': 'little',
  worry: 'question',
  'certificate-kind': 'extension',
  medicine: 'Levaxin 50 mikrogram',
  'which-test': 'Blodprov förra veckan',
};

export const VIGNETTES: VignetteRow[] = [
  // — Red-flag screen: every flag, on mild and unrelated reasons, always emergency —
  ['Förkyld men har plötsligt fått tryck över bröstet', 'forkylning', 'self', { temperature: 37.8, overall: 7 }, ['chest-pain'], 'emergency', 'nurse'],
  ['Hosta och kan inte prata hela meningar', 'hosta', 'self', { cough: true }, ['breathing'], 'emergency', 'nurse'],
  ['Vill förnya recept, men munnen hänger och talet är sluddrigt', 'fornya-recept', 'self', { 'runs-out-soon': false }, ['stroke'], 'emergency', 'nurse'],
  ['Skärsår som blöder kraftigt', 'sarskada', 'self', {}, ['bleeding'], 'emergency', 'nurse'],
  ['Anhörig svår att väcka, söker för yrsel', 'yrsel', 'self', {}, ['unconscious'], 'emergency', 'nurse'],
  ['Feber, frossa, andas snabbt och förvirrad', 'influensa', 'self', { temperature: 39.8 }, ['sepsis'], 'emergency', 'nurse'],
  ['Söker för sömnproblem, har tankar på att ta sitt liv', 'somnproblem', 'self', { 'daily-life': 'much' }, ['suicidal'], 'emergency', 'counsellor'],
  ['Nötallergi, svullen tunga efter middag', 'matallergi', 'self', {}, ['anaphylaxis'], 'emergency', 'nurse'],
  ['Kramper för första gången', 'annat-medicinskt', 'self', {}, ['seizure'], 'emergency', 'nurse'],
  ['Plötslig värsta huvudvärken i livet, svarar i screeningen', 'migran', 'self', {}, ['thunderclap-headache'], 'emergency', 'nurse'],
  ['Cykelolycka, slog huvudet och kräks', 'slag-mot-huvudet', 'self', {}, ['severe-injury'], 'emergency', 'nurse'],
  ['Tagit för många tabletter och mår illa', 'krakningar', 'self', {}, ['poisoning'], 'emergency', 'nurse'],
  ['Sex veckor gammal bebis med feber, förälder svarar ja i screeningen', 'feber-hos-barn', 2, {}, ['infant-fever'], 'emergency', 'nurse'],
  ['Slött barn som vägrar dricka', 'magsjuka-barn', 30, {}, ['child-lethargic'], 'emergency', 'nurse'],
  ['Administrativt ärende men bröstsmärta i screeningen', 'boka-om', 'self', {}, ['chest-pain'], 'emergency', 'secretary'],
  ['Alla svar lugna utom en röd flagga', 'pollenallergi', 'self', { 'swelling-throat': false, wheeze: false, 'antihistamine-helps': true, overall: 9 }, ['stroke'], 'emergency', 'nurse'],
  // — Red flags found in the answers —
  ['Två månader gammal med 38,4 °C, screeningen missad', 'feber-hos-barn', 2, { temperature: 38.4 }, [], 'emergency', 'nurse'],
  ['Spädbarn 1 månad med 38,0 °C och förkylning', 'forkyld-barn', 1, { temperature: 38.0 }, [], 'emergency', 'nurse'],
  ['Andfådd i vila med feber', 'influensa', 'self', { breathless: 'rest', temperature: 38.9 }, [], 'emergency', 'nurse'],
  ['Astma, kan inte prata hela meningar', 'astma', 'self', { breathless: 'rest' }, [], 'emergency', 'nurse'],
  ['Feber och utslag som inte bleknar under glas', 'utslag', 'self', { 'non-blanching': true, temperature: 39.2 }, [], 'emergency', 'nurse'],
  ['Barn med feber och prickar som inte bleknar', 'feber-hos-barn', 40, { 'non-blanching': true, temperature: 39.5 }, [], 'emergency', 'nurse'],
  ['Nedstämd med självmordstankar', 'nedstamdhet', 'self', { 'self-harm-thoughts': true }, [], 'emergency', 'counsellor'],
  ['Getingstick och svullen i halsen', 'allergisk-reaktion', 'self', { 'swelling-throat': true }, [], 'emergency', 'nurse'],
  ['Ryggont och domning i underlivet', 'ont-i-ryggen', 'self', { 'saddle-numbness': true }, [], 'emergency', 'physiotherapist'],
  ['Plötslig åskknallshuvudvärk', 'huvudvark', 'self', { thunderclap: true }, [], 'emergency', 'nurse'],
  ['Feber och nackstel', 'huvudvark', 'self', { 'stiff-neck': true, temperature: 39 }, [], 'emergency', 'nurse'],
  ['Hjärtklappning och tryck i bröstet', 'hjartklappning', 'self', { 'chest-pain': true }, [], 'emergency', 'doctor'],
  ['Sår som blöder trots tryck i tio minuter', 'sarskada', 'self', { 'still-bleeding': true }, [], 'emergency', 'nurse'],
  ['Krupp med pipljud i vila', 'krupp', 24, { 'stridor-rest': true }, [], 'emergency', 'nurse'],
  ['Bebis med RS, drar in mellan revbenen', 'rs-virus', 8, { 'breathing-hard': true }, [], 'emergency', 'nurse'],
  ['Magsjukt barn som är svårväckt', 'magsjuka-barn', 18, { lethargic: true }, [], 'emergency', 'nurse'],
  // — Urgent: today —
  ['Feber och andfådd vid ansträngning', 'lunginflammation', 'self', { breathless: 'exertion', temperature: 38.6 }, [], 'urgent', 'doctor'],
  ['Halsont, kan inte svälja saliv', 'ont-i-halsen', 'self', { 'can-swallow-saliva': false }, [], 'urgent', 'doctor'],
  ['Ensidig halssmärta och svårt att gapa', 'halsfluss', 'self', { 'one-sided': true, temperature: 38.9 }, [], 'urgent', 'doctor'],
  ['Feber och ont i sidan med UVI', 'urinvagsinfektion', 'self', { burning: true, 'flank-pain': true, temperature: 38.7 }, [], 'urgent', 'doctor'],
  ['Plötsligt sämre syn på ena ögat', 'synforandring', 'self', { 'vision-worse': true }, [], 'urgent', 'doctor'],
  ['Djupt gapande skärsår', 'sarskada', 'self', { gaping: true }, [], 'urgent', 'nurse'],
  ['Svår ihållande magsmärta', 'ont-i-magen', 'self', { 'severe-pain': true }, [], 'urgent', 'doctor'],
  ['Svart avföring', 'diarre', 'self', { blood: true }, [], 'urgent', 'doctor'],
  ['Kan inte behålla vätska', 'krakningar', 'self', { 'keeps-fluids': false }, [], 'urgent', 'nurse'],
  ['Vrickat foten och kan inte stödja', 'stukning', 'self', { injury: true }, [], 'urgent', 'doctor'],
  ['Svimmade i morse', 'svimning', 'self', { fainted: true }, [], 'urgent', 'doctor'],
  ['Klarar inte vardagen', 'stress', 'self', { 'daily-life': 'cannot-cope' }, [], 'urgent', 'doctor'],
  ['Kan vara gravid och har ont i magen', 'graviditet', 'self', { 'pregnant-pain': true }, [], 'urgent', 'doctor'],
  ['Plötslig smärta i testikeln', 'testikel', 'self', { 'testicle-pain': true }, [], 'urgent', 'doctor'],
  ['Fyra månader gammal med 38,5 °C', 'feber-hos-barn', 4, { temperature: 38.5 }, [], 'urgent', 'doctor'],
  ['Barn med feber som dricker mindre än hälften', 'feber-hos-barn', 20, { temperature: 39.2, drinks: false }, [], 'urgent', 'doctor'],
  ['Magsjukt barn utan blöta blöjor på åtta timmar', 'magsjuka-barn', 14, { 'wet-nappies': false }, [], 'urgent', 'doctor'],
  ['Svullet bakom örat på barnet', 'oronvark-barn', 36, { 'behind-ear-swelling': true }, [], 'urgent', 'doctor'],
  ['Mår mycket dåligt, 1 av 10', 'annat-medicinskt', 'self', { overall: 1 }, [], 'urgent', 'nurse'],
  ['Blodsocker 24', 'diabetes', 'self', { glucose: 24 }, [], 'urgent', 'doctor'],
  ['Bebis skriker otröstligt på ett nytt sätt', 'kolik', 3, { inconsolable: true }, [], 'urgent', 'nurse'],
  // — Soon: within days —
  ['Halsfluss-tecken: feber, beläggningar, ingen hosta', 'halsfluss', 'self', { 'tonsil-coating': true, cough: false, temperature: 38.8 }, [], 'soon', 'nurse'],
  ['UVI under graviditet', 'urinvagsinfektion', 'self', { burning: true, pregnant: true }, [], 'soon', 'nurse'],
  ['Födelsemärke som växt och blöder', 'leverflack', 'self', { changed: true }, [], 'soon', 'doctor'],
  ['Hundbett i handen', 'djurbett', 'self', { 'animal-bite': true }, [], 'soon', 'nurse'],
  ['Ring runt fästingbettet', 'fastingbett', 'self', { 'ring-rash': true }, [], 'soon', 'nurse'],
  ['Astma: tar inhalatorn oftare', 'astma', 'self', { breathless: 'exertion', 'reliever-more': true }, [], 'soon', 'nurse'],
  ['Hög feber i fem dagar', 'influensa', 'self', { temperature: 39.4, since: 'days-4-7' }, [], 'soon', 'nurse'],
  ['Receptet tar slut i övermorgon', 'fornya-recept', 'self', { 'runs-out-soon': true }, [], 'soon', 'nurse'],
  ['Sjukintyget går ut på fredag', 'sjukintyg', 'self', { 'certificate-kind': 'extension', 'expires-soon': true }, [], 'soon', 'doctor'],
  ['Barn med feber i fem dagar men piggt', 'feber-hos-barn', 30, { temperature: 38.9, since: 'days-4-7' }, [], 'soon', 'doctor'],
  ['Orolig förälder, barnet väger mindre', 'tillvaxt', 9, { worry: 'very-worried', 'weight-drop': true }, [], 'soon', 'child-health-nurse'],
  ['Ångest som påverkar vardagen mycket', 'angest', 'self', { 'daily-life': 'much' }, [], 'soon', 'psychologist'],
  // — Routine: planned care —
  ['Okomplicerad UVI hos kvinna', 'urinvagsinfektion', 'self', { burning: true, 'flank-pain': false }, [], 'routine', 'nurse'],
  ['Ryggont i tre veckor', 'ont-i-ryggen', 'self', { since: 'weeks-1-4' }, [], 'routine', 'physiotherapist'],
  ['Hosta i två veckor, annars pigg', 'hosta', 'self', { cough: true, since: 'weeks-1-4', overall: 8 }, [], 'routine', 'nurse'],
  ['Förnya blodtrycksmedicin', 'fornya-recept', 'self', { 'last-checkup': 'within-year' }, [], 'routine', 'nurse'],
  ['Provsvar på blodprov', 'provsvar', 'self', {}, [], 'routine', 'nurse'],
  ['Vill boka om tid', 'boka-om', 'self', { reference: 'Tid 12 mars' }, [], 'routine', 'secretary'],
  ['Vill ha kopia av journalen', 'journalkopia', 'self', {}, [], 'routine', 'secretary'],
  ['Frågor om p-piller', 'preventivmedel', 'self', {}, [], 'routine', 'midwife'],
  ['Nedstämd sedan länge, klarar vardagen', 'nedstamdhet', 'self', { since: 'months' }, [], 'routine', 'counsellor'],
  ['Fråga om amning', 'amning', 2, {}, [], 'routine', 'child-health-nurse'],
  ['BVC: när är nästa vaccination?', 'vaccination-barn', 11, {}, [], 'routine', 'child-health-nurse'],
  // — Self-care —
  ['Vanlig förkylning', 'forkylning', 'self', { cough: true, temperature: 37.9, overall: 7 }, [], 'self-care', 'nurse'],
  ['Halsont av virus med hosta', 'ont-i-halsen', 'self', { cough: true, temperature: 37.6 }, [], 'self-care', 'nurse'],
  ['Magsjuka men dricker', 'krakningar', 'self', { 'keeps-fluids': true }, [], 'self-care', 'nurse'],
  ['Nytt ryggskott, inga varningstecken', 'ont-i-ryggen', 'self', { since: 'today' }, [], 'self-care', 'physiotherapist'],
  ['Förkyld tvååring som dricker', 'forkyld-barn', 24, { temperature: 38.2 }, [], 'self-care', 'nurse'],
  ['Pollenallergi som lindras av tabletter', 'pollenallergi', 'self', { 'antihistamine-helps': true }, [], 'self-care', 'nurse'],
  ['Vattkoppor hos pigg fyraåring', 'vattkoppor', 48, { temperature: 38.1 }, [], 'self-care', 'nurse'],
];
