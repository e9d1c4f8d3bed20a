/**
 * Text that describes an emergency. When a patient types one into reason search, the 112 advice comes
 * first, before any matching reason — in addition to the emergency screen, not instead of it. Each
 * rule names the emergency-screen question (red flag) it stands for, says what to do, gives a helpline
 * where one fits, and names its source.
 *
 * A rule holds when any of its patterns does. A pattern is groups joined by ` + `, every group must be
 * found somewhere in the text; a group is alternatives joined by `|`, each one or more words in a row.
 * A word ending in `*` matches as a prefix. Words are folded (no å/ä/ö, lower case); one typo is
 * forgiven in words of eight letters or more and in prefixes of six or more (never in `unless`). Demo content, not clinically validated.
 */
import { boundedDistance, normalize } from '../search-text.js';
import { text, type Text } from '../text.js';

export interface Helpline {
  name: Text;
  /** As shown: "90101". */
  number: string;
  /** For a `tel:` link: "90101". */
  tel: string;
  /** When to call it rather than (or besides) 112. */
  when: Text;
}

export interface EmergencyRule {
  id: string;
  /** The emergency-screen question (red flag id) this is. */
  redFlag: string;
  patterns: string[];
  /** Alternatives (`|`) that mean something else: "kan inte andas genom näsan" is a cold. */
  unless?: string;
  /** What it may be and what to do, one or two sentences. */
  advice: Text;
  helpline?: Helpline;
  /** Where the advice comes from (named pages; demo content). */
  source: string;
}

export interface EmergencyMatch {
  rule: EmergencyRule;
  /** The words of the query that met the rule, as folded. */
  matched: string;
}

const SUICIDE_LINE: Helpline = {
  name: text('Självmordslinjen', 'Suicide helpline (Självmordslinjen)'),
  number: '90101',
  tel: '90101',
  when: text('Vill du prata med någon? Ring eller chatta dygnet runt.', 'Want to talk to someone? Call or chat at any hour.'),
};
const POISONS_LINE: Helpline = {
  name: text('Giftinformationscentralen', 'Swedish Poisons Information Centre'),
  number: '010-456 67 00',
  tel: '0104566700',
  when: text('Utan symtom kan du ringa för råd.', 'Without symptoms you can call for advice.'),
};
const HEALTH_LINE: Helpline = {
  name: text('1177 Vårdguiden', '1177 (healthcare advice)'),
  number: '1177',
  tel: '1177',
  when: text('Osäker? Sjuksköterskan på 1177 hjälper dig dygnet runt.', 'Unsure? The nurses on 1177 help you at any hour.'),
};

export const EMERGENCY_RULES: EmergencyRule[] = [
  {
    id: 'suicidal',
    redFlag: 'suicidal',
    patterns: [
      'ta livet av|ta mitt liv|ta mitt eget liv|ta livet|sjalvmord*|suicid*|sjalvskad*|hanga mig|skada mig sjalv|skadar mig sjalv|skadat mig sjalv|skadade mig sjalv|skar mig sjalv|rispar mig|vill inte leva|orkar inte leva|vill inte finnas|vill do|vill bara do|livet ar inte vart',
      'kill myself|killing myself|end my life|end it all|take my own life|take my life|want to die|wanna die|dont want to live|do not want to live|self harm*|selfharm*|harm myself|hurt myself|hurting myself|cutting myself|suicid*',
    ],
    advice: text(
      'Tankar på att ta sitt liv är ett akut läge. Är du i fara nu, ring 112.',
      'Thoughts of taking your life are an emergency. If you are in danger now, call 112.',
    ),
    helpline: SUICIDE_LINE,
    source: '1177.se: Självmordstankar; Självmordslinjen (Mind)',
  },
  {
    id: 'chest-pain',
    redFlag: 'chest-pain',
    patterns: [
      'brostsmart*|hjartinfarkt|infarkt|hjartattack',
      'brostet|brostkorg*|brostbenet|hjartat + ont|ond*|smart*|tryck*|press*|vark*|kramp*|kramar|kramande|tung*|hugg*|sprang*|klamm*|snor*',
      'chest|heart + pain*|pressure|tight*|hurt*|crush*|heavy|ache*|aching|squeez*|sore',
      'heart attack|chestpain',
    ],
    unless: 'amma*|ammar|amning*|mjolk*|brostvart*|brosten|breastfeed*|nipple*|mastit*',
    advice: text(
      'Ont eller tryck i bröstet kan vara en hjärtinfarkt. Ring 112 nu – vänta inte på att det går över.',
      'Chest pain or pressure can be a heart attack. Call 112 now – do not wait for it to pass.',
    ),
    source: '1177.se: Hjärtinfarkt; Hjärt-Lungfonden',
  },
  {
    id: 'stroke',
    redFlag: 'stroke',
    patterns: [
      'mungipa*|sned mun|munnen hanger|ansiktet hanger|halva ansiktet|sluddr*|stroke|strok|slaganfall|propp i hjarnan|hjarnblodning|tia|forlamad|forlamning',
      'ena sidan|ena armen|ena benet|halva kroppen + svag*|domn*|kanslo*|forlam*|lyda|bortdomn*',
      'lyfta armen|lyfta ena armen + ansikt*|mun*|prata|tala|sned|hanger|plotslig*|sluddr*',
      'plotslig* + prata|tala|hitta ord|ordet|sned|svag i',
      'svaart att prata|svaart att tala|svaart att hitta ord|svaart att fa fram ord|kan inte fa fram orden|hittar inte orden',
      'face droop*|drooping face|droopy face|facial droop*|mouth droop*|droopy mouth|slurred|slurring|stroke|mini stroke|tia|paralys*',
      'one side|one arm|one leg + weak*|numb*|paralys*',
      'lift my arm|lift arm|raise my arm + face|speech|speak|sudden*|droop*|slurr*',
      'sudden* + speak|speech|talk|words|weak',
      'trouble speaking|difficulty speaking|cannot speak properly|cant get words out|cannot find words',
    ],
    advice: text(
      'Sned mun, svaghet i en arm eller ett ben eller svårt att tala kan vara stroke – också om det har gått över. Ring 112 nu.',
      'A drooping face, weakness in an arm or leg or trouble speaking can be a stroke – even if it has passed. Call 112 now.',
    ),
    source: '1177.se: Stroke (AKUT-testet); Hjärt-Lungfonden',
  },
  {
    id: 'breathing',
    redFlag: 'breathing',
    patterns: [
      'kan inte andas|kan knappt andas|kan jag inte andas|kan jag knappt andas|kan hon inte andas|kan han inte andas|kan barnet inte andas|kan hon knappt andas|kan han knappt andas|kan barnet knappt andas|far ingen luft|far inte luft|far knappt luft|kvavs|kvaver|kvavning|satt i halsen|satter i halsen|bla lappar|bla om lapparna|bla runt munnen|indragningar|mycket svaart att andas|jattesvaart att andas|valdigt svaart att andas|kippar efter andan',
      'cannot breathe|can not breathe|cant breathe|cannot get air|unable to breathe|struggling to breathe|barely breathe|hardly breathe|choking|blue lips|lips are blue|lips turning blue|gasping|stopped breathing',
    ],
    unless: 'genom nasan|med nasan|nasan ar tappt|through my nose|through the nose|through nose|nose is blocked',
    advice: text('Svår andnöd är ett akut läge. Ring 112 nu.', 'Severe difficulty breathing is an emergency. Call 112 now.'),
    source: '1177.se: Andnöd; Första hjälpen vid luftvägsstopp',
  },
  {
    id: 'unconscious',
    redFlag: 'unconscious',
    patterns: [
      'medvetslos*|svarar inte pa tilltal|reagerar inte|gar inte att vacka|kan inte vacka|vaknar inte|andas inte|gar inte att fa kontakt|svar att vacka',
      'plotslig*|akut* + forvirr*',
      'unconscious|unresponsive|not responding|wont wake|will not wake|cannot wake|hard to wake|not breathing|suddenly confused',
    ],
    unless: 'genom nasan|med nasan|through my nose|through the nose',
    advice: text('Den som är medvetslös, svår att väcka eller plötsligt förvirrad behöver hjälp nu. Ring 112.', 'Someone unconscious, hard to wake or suddenly confused needs help now. Call 112.'),
    source: '1177.se: Medvetslöshet; Svenska rådet för hjärt-lungräddning',
  },
  {
    id: 'bleeding',
    redFlag: 'bleeding',
    patterns: [
      'svart|svarta|tjar*|tjarliknande + avforing*|bajs*|bajset',
      'krak*|spy*|spydde|spyr|hostar|hosta* + blod|blodig*|blodet',
      'blodiga krakningar|blod i krakningar*|blod i spyan|bloder kraftigt|kraftig blodning|slutar inte blod*|forsar blod|sprutar blod|pulserande blodning',
      'black|tarry + stool*|poo*|poop*|faeces|feces|motion*',
      'vomit*|throwing up|threw up|throw up|cough*|being sick + blood*',
      'bleeding heavily|heavy bleeding|wont stop bleeding|will not stop bleeding|spurting blood',
    ],
    advice: text(
      'Svart avföring, blod i kräkningar eller en blödning som inte slutar är ett akut läge. Ring 112 nu.',
      'Black stools, vomiting blood or bleeding that will not stop is an emergency. Call 112 now.',
    ),
    source: '1177.se: Blodiga kräkningar; Blod i avföringen; Första hjälpen vid blödning',
  },
  {
    id: 'anaphylaxis',
    redFlag: 'anaphylaxis',
    patterns: [
      'anafylaxi*|allergichock|allergisk chock',
      'svull* + tunga*|tungan|svalg*',
      'svull* + hals*|ansikt*|lapp* + andas|andning|luft|svalja',
      'anaphyla*|allergic shock',
      'swollen|swelling|swell* + tongue|throat',
      'throat closing|throat is closing|throat closing up|throat tightening',
    ],
    advice: text(
      'Svullnad i tunga, svalg eller ansikte med andningsbesvär kan vara en svår allergisk reaktion. Ta adrenalinpenna om du har en och ring 112.',
      'Swelling of the tongue, throat or face with trouble breathing can be a severe allergic reaction. Use an adrenaline pen if you have one and call 112.',
    ),
    source: '1177.se: Anafylaxi',
  },
  {
    id: 'seizure',
    redFlag: 'seizure',
    patterns: [
      'krampanfall|epilepsianfall|feberkramp*|kramper i hela kroppen',
      'kramper|krampar|krampade|krampat|krampanfall + medvetslos*|skakar|rycker|hela kroppen|forsta gangen|epilepsi*|ogonen|feber|barnet|bebisen',
      'seizure*|fitting|convuls*|having a fit|epileptic fit|febrile fit',
    ],
    unless: 'i magen|i benen|i benet|i vaden|i foten|i handen|magkramp*|menskramp*|mensvark|stomach|leg cramp*|period',
    advice: text('Kramper som inte går över, eller kramper för första gången: ring 112.', 'A seizure that does not stop, or a first seizure: call 112.'),
    source: '1177.se: Epilepsi; Feberkramper',
  },
  {
    id: 'meningitis',
    redFlag: 'sepsis',
    patterns: [
      'feber|febrig|fever|temperature|feverish + stel nacke|stel i nacken|nackstel*|nacken ar stel|stiff neck|neck is stiff|neck stiff',
      'stel nacke|stel i nacken|stiff neck + huvudvark*|ont i huvudet|kraks|krakts|kraktes|ljuskansl*|headache|vomit*|light hurts',
      'bleknar inte|bleknar ej|inte bleknar|forsvinner inte nar man trycker|forsvinner inte nar jag trycker|glastest*|glasprov*|hjarnhinneinflammation|meningit*|sepsis|blodforgiftning',
      'does not fade|doesnt fade|non blanching|glass test|meningitis|sepsis|blood poisoning|mottled skin',
    ],
    advice: text(
      'Feber med stel nacke eller utslag som inte bleknar när du trycker ett glas mot dem kan vara hjärnhinneinflammation eller sepsis. Ring 112 nu.',
      'Fever with a stiff neck, or a rash that does not fade when you press a glass on it, can be meningitis or sepsis. Call 112 now.',
    ),
    source: '1177.se: Hjärnhinneinflammation; Sepsis',
  },
  {
    id: 'thunderclap-headache',
    redFlag: 'thunderclap-headache',
    patterns: [
      'varsta huvudvark*|askknall*|varsta jag haft|varsta nagonsin',
      'plotslig* + huvudvark*|ont i huvudet + svar|kraftig|extrem|olidlig|explosion*',
      'worst headache|thunderclap|worst ever headache',
      'sudden* + headache|head pain + severe|worst|explod*|excruciating',
    ],
    advice: text('En plötslig, mycket svår huvudvärk kan vara en blödning i hjärnan. Ring 112 nu.', 'A sudden, very severe headache can be a bleed in the brain. Call 112 now.'),
    source: '1177.se: Hjärnblödning (subaraknoidalblödning)',
  },
  {
    id: 'poisoning',
    redFlag: 'poisoning',
    patterns: [
      'overdos*|forgift*|tagit for manga|tog for manga|tabletter for mycket',
      'svalt|svalde|druckit|drack|atit|at upp + tablett*|piller|batteri*|knappcell*|gift*|rengoring*|kemikali*|lut|diskmedel|tvattmedel|medicin*',
      'overdose*|overdosed|poison*|took too many|taken too many',
      'swallowed|drank|ate + pills|tablets|battery|batteries|bleach|chemical*|detergent|poison*|medicine*',
    ],
    advice: text('Förgiftning eller överdos med symtom är ett akut läge. Ring 112 nu.', 'Poisoning or an overdose with symptoms is an emergency. Call 112 now.'),
    helpline: POISONS_LINE,
    source: 'Giftinformationscentralen; 1177.se: Förgiftning',
  },
  {
    id: 'severe-injury',
    redFlag: 'severe-injury',
    patterns: [
      'slog|slagit|ramlade|ramlat|trillade|fall|fallit|fick + huvud* + kraks|krakts|kraktes|spytt|spydde|medvetslos*|forvirr*|svimmade|minns inte',
      'trafikolycka|bilolycka|pakord|fallit fran hog hojd|allvarlig olycka',
      'hit|banged|bumped|fell|knock* + head + vomit*|threw up|sick|unconscious|confused|blacked out|knocked out',
      'car accident|car crash|hit by a car|serious accident',
    ],
    advice: text('Ett slag mot huvudet följt av kräkningar eller förvirring, eller en allvarlig olycka: ring 112.', 'A blow to the head followed by vomiting or confusion, or a serious accident: call 112.'),
    source: '1177.se: Hjärnskakning; Första hjälpen',
  },
  {
    id: 'child-lethargic',
    redFlag: 'child-lethargic',
    patterns: [
      'slott|slo|svaart att fa kontakt|svar att fa kontakt|far ingen kontakt|vagrar dricka|dricker ingenting|vill inte dricka nagonting|inga blota blojor|torra blojor',
      'feber|febrig|temp + nyfodd*|veckor gammal|veckor gamla|vecka gammal',
      'bebis*|spadbarn*|baby + feber|febrig|temp + veckor|vecka',
      'listless|floppy|limp baby|not drinking anything|refusing to drink|refuses all drinks|no wet nappies|no wet diapers|dry nappies',
      'fever|temperature + newborn|weeks old|week old|week-old',
    ],
    advice: text(
      'Ett barn som är slött, svårt att få kontakt med eller vägrar all dryck – eller ett spädbarn under 3 månader med feber – behöver vård nu. Ring 112.',
      'A child who is listless, hard to reach or refuses all drink – or a baby under 3 months with a fever – needs care now. Call 112.',
    ),
    helpline: HEALTH_LINE,
    source: '1177.se: Feber hos barn; Vätskebrist hos barn',
  },
];

interface Word {
  text: string;
  prefix: boolean;
}
type Group = Word[][];
type Pattern = Group[];

const parsePattern = (pattern: string): Pattern =>
  pattern.split(' + ').map((group) =>
    group.split('|').map((alternative) =>
      alternative
        .trim()
        .split(/\s+/)
        .map((word) => ({ text: word.replace(/\*$/, ''), prefix: word.endsWith('*') })),
    ),
  );

let parsed: { rule: EmergencyRule; patterns: Pattern[]; unless: Group }[] | undefined;

const wordMatches = (word: Word, token: string, strict: boolean): boolean => {
  if (token === word.text) return true;
  if (strict) return word.prefix && token.startsWith(word.text);
  if (word.prefix) {
    if (token.startsWith(word.text)) return true;
    return word.text.length >= 6 && token.length >= word.text.length - 1 && boundedDistance(word.text, token, 1, word.text.length) <= 1;
  }
  return word.text.length >= 8 && Math.abs(token.length - word.text.length) <= 1 && boundedDistance(word.text, token, 1) <= 1;
};

/** Where an alternative's words first occur in a row in the tokens (and not where `skip` says no), or -1. */
function find(alternative: Word[], tokens: string[], strict = false, skip?: (at: number) => boolean): number {
  outer: for (let i = 0; i + alternative.length <= tokens.length; i++) {
    for (let j = 0; j < alternative.length; j++) if (!wordMatches(alternative[j], tokens[i + j], strict)) continue outer;
    if (skip?.(i)) continue;
    return i;
  }
  return -1;
}

/** Words that negate what follows them in a clause: "ingen bröstsmärta", "no chest pain". */
const NEGATORS = new Set(['inte', 'ej', 'icke', 'ingen', 'inget', 'inga', 'aldrig', 'no', 'not', 'never', 'without', 'dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'isnt', 'arent', 'wasnt', 'cant', 'cannot', 'nor', 'neither']);

export interface FindEmergencyOptions {
  /**
   * For free text such as a description (not a search query): words found right after a negation in
   * the same clause do not count ("ingen bröstsmärta", "I have no chest pain"), while the rule's own
   * words may contain one ("kan inte andas"). Clauses end at . , ; : ! ? and line breaks.
   */
  negation?: boolean;
}

/**
 * The first emergency rule the text meets, or undefined. Rules are checked in order: suicidal
 * thoughts first (so its helpline shows), then the others as listed.
 */
export function findEmergency(query: string, options: FindEmergencyOptions = {}): EmergencyMatch | undefined {
  // "svårt" (hard) folds to "svart" (black): keep them apart, also when typed without å before "att".
  const clauses = query.replace(/sv(å|a)rt(?=\s+att\b)|svårt/gi, 'svaart').split(/[.,;:!?\n]+/);
  const tokens: string[] = [];
  const clauseOf: number[] = [];
  clauses.forEach((clause, index) => {
    for (const token of normalize(clause).split(' ').filter(Boolean)) {
      tokens.push(token);
      clauseOf.push(index);
    }
  });
  if (!tokens.length) return undefined;
  /** A negation in the three words before `at`, in the same clause. */
  const negated = (at: number) => {
    for (let i = at - 1; i >= Math.max(0, at - 3) && clauseOf[i] === clauseOf[at]; i--) if (NEGATORS.has(tokens[i])) return true;
    return false;
  };
  parsed ??= EMERGENCY_RULES.map((rule) => ({ rule, patterns: rule.patterns.map(parsePattern), unless: rule.unless ? parsePattern(rule.unless)[0] : [] }));
  for (const { rule, patterns, unless } of parsed) {
    if (unless.some((alternative) => find(alternative, tokens, true) >= 0)) continue;
    for (const pattern of patterns) {
      const hits: string[] = [];
      const met = pattern.every((group) =>
        group.some((alternative) => {
          const at = find(alternative, tokens, false, options.negation ? negated : undefined);
          if (at < 0) return false;
          hits.push(tokens.slice(at, at + alternative.length).join(' '));
          return true;
        }),
      );
      if (met) return { rule, matched: hits.join(' … ') };
    }
  }
  return undefined;
}
