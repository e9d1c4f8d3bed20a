/**
 * How patients write, for reason search: filler words to drop, a light stemmer for Swedish and for
 * English, and irregular word forms. Works on text already folded by `normalize` (lower case, å/ä→a,
 * ö→o), so a patient who types a/o for å/ä/ö gets the same words.
 */
import type { Locale } from '../text.js';

/**
 * Words that carry no errand on their own, in either language ("i" is Swedish "in" and English "I").
 * Negations and "can" stay: "kan inte kissa" is not "kissar ofta".
 */
const FILLER = new Set(
  (
    // Swedish
    'i och pa med hos av en ett att for om som jag mig min mitt mina du dig din ditt han hon hen den det de dem ' +
    'vi oss har hade ha ar var blir blev bli sa nar da vid till fran efter under over ' +
    'sig sin sitt sina eller men nog lite mycket ganska valdigt jatte typ liksom ju bara ocksa aven ' +
    'sedan sen nu idag igar hej tack snalla behover vill ska skulle kunde gar ' +
    'hur vad varfor vilken nagon nagot nagra nan nat andra annan sjalv sjalva ' +
    'hela tiden gang ganger dag dagar veckor vecka veckan manad manader sedan igen alltid lange ' +
    'sista forsta senaste flera manga tva tre fyra fem mer mest fortfarande borjat haft fatt fick far fa ' +
    'kanner kanns tror verkar blivit gjort gor gora komma kommit vet ngn typ hmm ' +
    'son sonen dotter dottern pojken flickan grabben tjejen hans hennes massa ingenting ny nya nytt hoger hogra vanster vanstra gatt gick ut upp ner in ' +
    'the a an of in on at to for from with and or but my me i im ive id mine your you he she it its ' +
    'we us our they them their is am are was were be been being have has had do does did ' +
    'this that these those there here so very really quite just also some any ' +
    'please hi hello thanks need want would could should since about into onto over after ' +
    'how what why which who when while s ' +
    'time times day days week weeks month months year years again always all keep keeps getting got get ' +
    'feel feels feeling think been lot lots much many still started yesterday today last first two three four five ' +
    'daughter boy girl his her havent hasnt didnt dont doesnt new right left'
  ).split(' '),
);

/** Whether a folded word is a filler word. */
export const isFiller = (word: string): boolean => FILLER.has(word);

/**
 * Irregular and short forms that a suffix stemmer would not join: ear, eye, head, leg, child, pee.
 * Keys and values are folded (no diacritics).
 */
const LEMMAS: Record<string, string> = {
  ora: 'ora', orat: 'ora', oron: 'ora', oronen: 'ora', orats: 'ora',
  oga: 'oga', ogat: 'oga', ogon: 'oga', ogonen: 'oga', ogats: 'oga',
  huvud: 'huvud', huvudet: 'huvud', huvve: 'huvud', skallen: 'huvud',
  ben: 'ben', benet: 'ben', benen: 'ben',
  barn: 'barn', barnet: 'barn', barnen: 'barn', barnets: 'barn', bebis: 'bebis', bebisen: 'bebis', bebben: 'bebis',
  ont: 'ont', ond: 'ont', ondare: 'ont', ondast: 'ont', onda: 'ont',
  kiss: 'kiss', kissa: 'kiss', kissar: 'kiss', kissade: 'kiss', kissat: 'kiss', kisset: 'kiss', urin: 'urin', urinen: 'urin',
  bajs: 'bajs', bajsa: 'bajs', bajsar: 'bajs', bajsat: 'bajs', bajset: 'bajs',
  spy: 'spy', spyr: 'spy', spydde: 'spy', spytt: 'spy',
  krak: 'krak', kraks: 'krak', kraktes: 'krak', krakts: 'krak', krakas: 'krak', krakning: 'krak', krakningar: 'krak',
  feber: 'feber', febern: 'feber', febrig: 'feber', febrigt: 'feber', febrik: 'feber',
  fot: 'fot', foten: 'fot', fotter: 'fot', fotterna: 'fot',
  tand: 'tand', tanden: 'tand', tander: 'tand', tanderna: 'tand',
  hand: 'hand', handen: 'hand', hander: 'hand', handerna: 'hand',
  children: 'child', child: 'child', childs: 'child', kid: 'child', kids: 'child', baby: 'baby', babies: 'baby', toddler: 'baby',
  feet: 'foot', foot: 'foot', teeth: 'tooth', tooth: 'tooth', ears: 'ear', ear: 'ear', eyes: 'eye', eye: 'eye',
  pee: 'pee', peeing: 'pee', pees: 'pee', peed: 'pee', wee: 'pee', weeing: 'pee', urine: 'pee', urinating: 'pee', urination: 'pee',
  poo: 'poo', pooing: 'poo', poop: 'poo', pooping: 'poo', stool: 'poo', stools: 'poo',
  sick: 'sick', sickness: 'sick', ill: 'ill', illness: 'ill',
  threw: 'throw', thrown: 'throw', throwing: 'throw',
  bit: 'bite', bitten: 'bite', bites: 'bite', biting: 'bite',
  hurt: 'hurt', hurts: 'hurt', hurting: 'hurt', sore: 'sore', sorer: 'sore',
  ache: 'ache', aches: 'ache', aching: 'ache', achy: 'ache',
  cant: 'cannot', cannot: 'cannot', unable: 'cannot',
  tummy: 'tummy', tummies: 'tummy', belly: 'tummy', burnt: 'burn', burned: 'burn', burns: 'burn',
  // Swedish verbs whose forms a suffix stemmer does not join
  ata: 'ata', ater: 'ata', at: 'ata', atit: 'ata',
  dricka: 'drick', dricker: 'drick', drack: 'drick', druckit: 'drick',
  sova: 'sov', sover: 'sov', sov: 'sov', sovit: 'sov',
  svalja: 'svalj', svaljer: 'svalj', svalde: 'svalj', svalt: 'svalj',
  svida: 'svid', svider: 'svid', sved: 'svid', svidit: 'svid', sveda: 'svid',
  bloda: 'blod', bloder: 'blod', blodde: 'blod', blott: 'blod', blodning: 'blod', blodningar: 'blod', blod: 'blod', blodet: 'blod',
  klia: 'klia', kliar: 'klia', kliade: 'klia', kliat: 'klia', klada: 'klia', kladan: 'klia',
  andas: 'andas', andades: 'andas', andning: 'andas', andningen: 'andas',
  haar: 'har_', haret: 'har_', harstran: 'har_',
};

/**
 * Common first and last parts of Swedish compounds about the body and symptoms, split even when the
 * catalogue has no such word of its own: "huvudvärk" → huvud + värk finds "ont i huvudet".
 */
export const COMPOUND_PARTS = new Set(
  (
    'hals huvud mag mage rygg ora oron tand knä kna fot hand brost nack ben arm axel hud oga ogon mun nas ' +
    'kiss bajs hund katt fasting insekt geting bi mygg hjart lung njur blas led muskel ' +
    'ont vark smarta smartor bett stick sar klada utslag inflammation infektion blodning svullnad kramp ' +
    'head ear tooth back stomach belly tummy nose eye chest ache pain bite sting'
  ).split(' '),
);

/** Spoken intensifiers that patients glue to a word: "jätteont", "skittrött". */
export const INTENSIFIERS = ['jatte', 'skit', 'super', 'mega', 'asa', 'sjukt'];

/** Folded words that collide with a filler word, told apart before folding: "hår" (hair) is not "har" (has). */
export const beforeFolding = (value: string): string =>
  value
    .replace(/(^|[^\p{L}])hår(?![\p{L}])/giu, '$1haar')
    // A particle verb is one word: "boka om" (rebook) is not "boka" (book) and "om" (if).
    .replace(/(^|[^\p{L}])bok(a|ar|ade|at)\s+om(?![\p{L}])/giu, '$1omboka');

const SV_S_ENDING = /[bcdfghjklmnoprtvy]s$/;
const SV_SUFFIXES = [
  'heterna', 'hetens', 'anden', 'andes', 'andet', 'arens', 'arnas', 'ernas', 'ornas', 'heten', 'heter',
  'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns', 'ade', 'are', 'ern', 'ens', 'het', 'ast',
  'ad', 'an', 'en', 'ar', 'er', 'or', 'as', 'es', 'at', 'a', 'e',
];
const VOWEL = /[aeiouy]/;

/** Where Snowball's R1 region starts: after the first non-vowel that follows a vowel, at least 3 in. */
function r1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWEL.test(word[i]) && VOWEL.test(word[i - 1])) return Math.max(3, i + 1);
  }
  return word.length;
}

/** The Snowball Swedish stemmer (steps 1–3), on folded text. */
export function stemSwedish(word: string): string {
  const lemma = LEMMAS[word];
  if (lemma) return lemma;
  if (word.length < 4) return word;
  const start = r1(word);
  let w = word;
  // Step 1: the longest inflection suffix inside R1; a final s after a valid s-ending.
  const suffix = SV_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= start);
  if (suffix) w = w.slice(0, -suffix.length);
  else if (w.length - 1 >= Math.max(start, 5) && SV_S_ENDING.test(w)) w = w.slice(0, -1);
  // Step 2: undouble consonant endings.
  if (/(dd|gd|nn|dt|gt|kt|tt)$/.test(w) && w.length - 2 >= start) w = w.slice(0, -1);
  // Step 3: derivational endings.
  if (/(lig|ig|els)$/.test(w)) {
    const cut = w.replace(/(lig|ig|els)$/, '');
    if (cut.length >= start) w = cut;
  } else if (w.endsWith('lost')) w = w.slice(0, -1);
  else if (w.endsWith('fullt')) w = w.slice(0, -1);
  return w;
}

/** A light English stemmer: plurals, -ing, -ed, -ness, -ly, final -y (enough to join peeing/pee, itchy/itch). */
export function stemEnglish(word: string): string {
  const lemma = LEMMAS[word];
  if (lemma) return lemma;
  if (word.length < 4) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4) w = w.slice(0, -2);
  if (/(bb|dd|gg|mm|nn|pp|rr|tt)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('i') && w.length > 3) w = w.slice(0, -1) + 'y';
  if (w.endsWith('y') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4 && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** The stemmer for a language. */
export const stemmerFor = (locale: Locale): ((word: string) => string) => (locale === 'en' ? stemEnglish : stemSwedish);
