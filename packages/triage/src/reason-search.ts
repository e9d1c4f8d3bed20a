import type { Audience } from './model.js';
import { COMPOUND_PARTS, INTENSIFIERS, beforeFolding, isFiller, stemmerFor } from './search/language.js';
import { boundedDistance, normalize, typoBudget } from './search-text.js';
import type { Locale } from './text.js';

/** What reason search needs of a reason; the contract's `ReasonSummary` fits. */
export interface SearchableReason {
  id: string;
  title: string;
  synonyms: string[];
  audience: Audience;
  /** 1 = most often picked. */
  popularity: number;
  /** Longer text about the reason, if any: searched with the lowest weight. */
  description?: string;
}

export interface ReasonMatch<R extends SearchableReason> {
  reason: R;
  /** Match quality, higher is better: about 1 when every word the patient typed matched the title. */
  score: number;
  /** The title or synonym that matched best, as written in the catalogue. */
  matched: string;
}

export interface ReasonSearchOptions {
  /** `child` when a guardian acts for a child: only child and any reasons; `self`: adult and any. Default: all. */
  subject?: 'self' | 'child';
  /** At most this many matches. Default 20. */
  limit?: number;
}

export interface ReasonIndexOptions {
  /** The catalogue's language: picks the stemmer. Default `sv`. */
  locale?: Locale;
}

/** A word of a phrase: the word itself and, for a compound, its parts ("halsont" → hals, ont). */
type Unit = Int32Array;

interface Phrase {
  reason: number;
  text: string;
  /** Field weight: title 1, synonym 0.85, description 0.7. */
  weight: number;
  units: Unit[];
  /** The phrase's stems joined, to spot a query that is exactly this phrase. */
  key: string;
  /** The whole phrase, folded. */
  normal: string;
}

/** One word of the query: its scores against the vocabulary, or, for a compound, its parts'. */
interface QueryWord {
  scores: Float32Array;
  /** The catalogue words it matches at all. */
  hits: Int32Array;
  parts: Float32Array[];
  partHits: Int32Array[];
  /** Words the patient may leave out without it counting against a reason (a filler word being typed). */
  optional: boolean;
  /** How telling the word is: the rarity of the catalogue word it matches best. */
  weight: number;
  partWeights: number[];
  /** One or two letters still being typed. */
  short: boolean;
}

interface WordMatch {
  scores: Float32Array;
  hits: Int32Array;
  weight: number;
}

const FIELD = { title: 1, synonym: 0.85, description: 0.7 };
const EXACT = 1;
const PREFIX_TYPING = 0.92;
const PREFIX = 0.78;
const TYPO = 0.72;
const TYPO_SHORT = 0.58;
const TYPO_PREFIX = 0.6;
/** A query word found only as part of a phrase's compound ("hals" in "halsont"). */
const PART = 0.92;
const MIN_PART = 3;

/**
 * A precomputed index over a reason catalogue that reads queries the way patients write them: case and
 * diacritics folded, filler words dropped, words stemmed (kissar/kissade → kiss), compounds matched
 * both ways (halsont ↔ ont i halsen, hundbett ↔ bett av hund), typos forgiven (more for longer words),
 * the word being typed matched as a prefix. A reason ranks by its best partial match — no word is
 * required — weighted by how rare the matched words are and by field (title over synonyms over
 * description); popularity only breaks ties.
 */
export class ReasonSearch<R extends SearchableReason> {
  private readonly reasons: readonly R[];
  private readonly stem: (word: string) => string;
  /** Folded words of the catalogue, their stems and how rare they are across reasons. */
  private readonly terms: string[] = [];
  private readonly stems: string[] = [];
  private idf = new Float32Array(0);
  private readonly termIds = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  private readonly phrases: Phrase[] = [];
  private readonly wordScores = new Map<string, WordMatch>();
  /** Scratch space: how much of each word of a phrase the query matched. */
  private hitShare = new Float32Array(0);
  /** Per catalogue word, the phrases that have it (as a word or as part of a compound). */
  private postings: Int32Array[] = [];
  /** Scratch space: which phrases a query may match. */
  private candidate = new Uint8Array(0);
  /** Scratch space per reason while ranking. */
  private best = new Float32Array(0);
  private bestPhrase = new Int32Array(0);
  private strong = new Uint8Array(0);
  private bag = new Float32Array(0);

  constructor(reasons: readonly R[], options: ReasonIndexOptions = {}) {
    this.reasons = reasons;
    const stemmer = stemmerFor(options.locale ?? 'sv');
    const stems = new Map<string, string>();
    this.stem = (word) => {
      let stem = stems.get(word);
      if (stem === undefined) {
        stem = stemmer(word);
        if (stems.size > 20000) stems.clear();
        stems.set(word, stem);
      }
      return stem;
    };
    const raw: { reason: number; text: string; weight: number; words: string[]; normal: string }[] = [];
    reasons.forEach((reason, index) => {
      const seen = new Set<string>();
      const add = (text: string, weight: number) => {
        const normal = normalize(beforeFolding(text));
        if (!normal || seen.has(normal)) return;
        seen.add(normal);
        const all = normal.split(' ');
        const content = all.filter((w) => w.length > 1 && !isFiller(w));
        const words = content.length ? content : all;
        for (const word of words) this.termId(word);
        raw.push({ reason: index, text, weight, words, normal });
      };
      add(reason.title, FIELD.title);
      for (const synonym of reason.synonyms) add(synonym, FIELD.synonym);
      if (reason.description) add(reason.description, FIELD.description);
    });
    // Compounds are split once every word of the catalogue is known.
    const df = new Map<number, Set<number>>();
    const unitOf = new Map<string, Unit>();
    const postings = new Map<number, number[]>();
    for (const { reason, text, weight, words, normal } of raw) {
      const units = words.map((word) => {
        let unit = unitOf.get(word);
        if (!unit) {
          const whole = this.termIds.get(word)!;
          const parts = word.length >= 2 * MIN_PART + 1 ? this.split(word, true) : [];
          unit = Int32Array.from([whole, ...parts]);
          unitOf.set(word, unit);
        }
        return unit;
      });
      const at = this.phrases.length;
      for (const unit of units) {
        for (const id of unit) {
          (df.get(id) ?? df.set(id, new Set()).get(id)!).add(reason);
          const list = postings.get(id) ?? postings.set(id, []).get(id)!;
          if (list.at(-1) !== at) list.push(at);
        }
      }
      if (units.length > this.hitShare.length) this.hitShare = new Float32Array(units.length);
      this.phrases.push({ reason, text, weight, units, key: words.map((w) => this.stems[this.termIds.get(w)!]).join(' '), normal });
    }
    this.postings = Array.from({ length: this.terms.length }, (_, id) => Int32Array.from(postings.get(id) ?? []));
    this.candidate = new Uint8Array(this.phrases.length);
    this.best = new Float32Array(reasons.length);
    this.bestPhrase = new Int32Array(reasons.length).fill(-1);
    this.strong = new Uint8Array(reasons.length);
    // How rare a word is: in how many reasons its stem occurs (kissar, kissa and kiss count as one).
    const byStem = new Map<string, Set<number>>();
    for (const [id, set] of df) {
      const stem = this.stems[id];
      const union = byStem.get(stem) ?? byStem.set(stem, new Set()).get(stem)!;
      for (const reason of set) union.add(reason);
    }
    this.idf = new Float32Array(this.terms.length);
    const n = reasons.length || 1;
    for (let i = 0; i < this.terms.length; i++) this.idf[i] = Math.log(1 + n / (byStem.get(this.stems[i])?.size ?? n));
  }

  private termId(word: string): number {
    let id = this.termIds.get(word);
    if (id === undefined) {
      id = this.terms.length;
      const stem = this.stem(word);
      this.termIds.set(word, id);
      this.terms.push(word);
      this.stems.push(stem);
      if (!this.stemIds.has(stem)) this.stemIds.set(stem, id);
    }
    return id;
  }

  /** A known word by its folded form or its stem. */
  private known(word: string): number | undefined {
    if (word.length < MIN_PART) return undefined;
    // (Only a word that ends like an inflection can stem to something else: skip the stemmer otherwise.)
    return this.termIds.get(word) ?? this.stemIds.get(word) ?? (/[aenrstdgl]$/.test(word) ? this.stemIds.get(this.stem(word)) : undefined);
  }

  /**
   * The parts of a compound of two known words (with a linking s allowed): "ryggont" → rygg, ont. In the
   * catalogue (`open`), one known part is enough when the other has four letters or more: the other
   * becomes a word of its own ("toapappret" → toa, pappret), so "pappret" finds it.
   */
  private split(word: string, open = false): number[] {
    let best: (number | string | undefined)[] = [];
    let bestScore = 0;
    for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
      const tailText = word.slice(i);
      const headText = word.slice(0, i);
      const bare = word[i - 1] === 's' ? word.slice(0, i - 1) : '';
      // In the catalogue, a common body or symptom word counts as known even where no phrase has it alone.
      const common = (text: string) => (open && COMPOUND_PARTS.has(text) ? text : undefined);
      const tail = this.known(tailText) ?? common(tailText);
      const head = this.known(headText) ?? (bare ? this.known(bare) : undefined) ?? common(headText) ?? (bare ? common(bare) : undefined);
      const both = tail !== undefined && head !== undefined;
      const score = (both ? 100 : 0) + Math.min(i, word.length - i);
      if (score <= bestScore) continue;
      if (both) best = [head, tail];
      else if (open && head !== undefined && tailText.length >= 4) best = [head, tailText];
      else if (open && tail !== undefined && headText.length >= 4) best = [headText, tail];
      else continue;
      bestScore = score;
    }
    return best.map((part) => (typeof part === 'string' ? this.termId(part) : part!));
  }

  /** How well one query word matches each catalogue word (0 = not at all). */
  private scoresFor(word: string, typing: boolean): WordMatch {
    const cacheKey = typing ? `${word}…` : word;
    const cached = this.wordScores.get(cacheKey);
    if (cached) return cached;
    const scores = new Float32Array(this.terms.length);
    const stem = this.stem(word);
    const budget = typoBudget(word.length);
    const length = word.length;
    const prefix = typing ? PREFIX_TYPING : PREFIX;
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    for (let i = 0; i < this.terms.length; i++) {
      const term = this.terms[i];
      const termStem = this.stems[i];
      if (term === word || termStem === stem) scores[i] = EXACT;
      else if (term.length > length && term.startsWith(word)) scores[i] = (length >= 3 || typing ? prefix : PREFIX * 0.8) + 0.06 * (length / term.length);
      else if (budget > 0 && (term.charCodeAt(0) === first || term.charCodeAt(1) === second || term.charCodeAt(0) === second)) {
        // (A typo is looked for only where the first or second letter is right: fast, and so are patients.)
        if (Math.abs(termStem.length - stem.length) <= budget) {
          const d = boundedDistance(stem, termStem, budget);
          if (d <= budget) {
            // One letter wrong in a short word is a bigger change than in a long one.
            scores[i] = (stem.length < 6 ? TYPO_SHORT : TYPO) - 0.1 * (d - 1);
            continue;
          }
        }
        if (term.length > length) {
          const d = boundedDistance(word, term, budget, length);
          if (d <= budget) scores[i] = TYPO_PREFIX - 0.1 * (d - 1);
        }
      }
    }
    // A word the catalogue has as it is was probably not mistyped: its near-misses count for less.
    if (this.termIds.has(word) || this.stemIds.has(stem)) for (let i = 0; i < scores.length; i++) if (scores[i] < PREFIX) scores[i] *= 0.5;
    const hits: number[] = [];
    for (let i = 0; i < scores.length; i++) if (scores[i] > 0) hits.push(i);
    const match = { scores, hits: Int32Array.from(hits), weight: this.weightOf(scores, hits) };
    if (this.wordScores.size > 64) this.wordScores.clear();
    this.wordScores.set(cacheKey, match);
    return match;
  }

  private queryWords(query: string): { words: QueryWord[]; key: string; normal: string } {
    const typingLast = !/\s$/.test(query);
    const all = normalize(beforeFolding(query))
      .split(' ')
      .filter(Boolean)
      .map((word) => {
        // "jätteont" → "ont", when the rest is a word of the catalogue.
        const intensifier = INTENSIFIERS.find((p) => word.startsWith(p) && word.length > p.length + 1);
        const rest = intensifier ? word.slice(intensifier.length) : '';
        return rest && this.known(rest) !== undefined ? rest : word;
      });
    let content = all.map((word, i) => ({ word, typing: typingLast && i === all.length - 1, optional: false })).filter(({ word, typing }) => {
      if (!isFiller(word)) return word.length > 1 || typing;
      return false;
    });
    // Only filler words: they are all there is ("hos" may be the start of "hosta").
    if (!content.length) content = all.map((word, i) => ({ word, typing: typingLast && i === all.length - 1, optional: false }));
    const words = content.map(({ word, typing, optional }) => {
      const match = this.scoresFor(word, typing);
      const exact = this.termIds.has(word) || this.stemIds.has(this.stem(word));
      const parts = !exact && word.length >= 2 * MIN_PART ? this.splitQuery(word).map((p) => this.scoresFor(p, false)) : [];
      return {
        scores: match.scores,
        hits: match.hits,
        weight: match.weight,
        parts: parts.map((p) => p.scores),
        partHits: parts.map((p) => p.hits),
        partWeights: parts.map((p) => p.weight),
        optional,
        short: typing && word.length <= 2,
      };
    });
    return { words, key: content.filter((c) => !c.optional).map((c) => this.stem(c.word)).join(' '), normal: all.join(' ') };
  }

  /**
   * A query compound split into known words: "hundbett" → hund, bett (when the catalogue has both). When
   * only a long first part is known, that part alone: "svimningskänsla" → svimning.
   */
  private splitQuery(word: string): string[] {
    const ids = this.split(word);
    if (ids.length) return ids.map((id) => this.terms[id]);
    for (let i = word.length - MIN_PART; i >= 5; i--) {
      const head = word.slice(0, i);
      const known = this.known(head) ?? (head.endsWith('s') ? this.known(head.slice(0, -1)) : undefined);
      if (known !== undefined) return [this.terms[known]];
    }
    return [];
  }

  /** The rarity of the best-matching catalogue word (of the commonest among equally good ones). */
  private weightOf(scores: Float32Array, hits: number[]): number {
    let top = 0;
    let weight = 0;
    for (const t of hits) {
      const s = scores[t];
      if (s > top + 1e-6) {
        top = s;
        weight = this.idf[t];
      } else if (s > 0 && Math.abs(s - top) <= 1e-6 && this.idf[t] < weight) weight = this.idf[t];
    }
    return weight;
  }

  /** Forgets the words matched so far (each keystroke reuses the words already typed). For benchmarks. */
  clearCache(): void {
    this.wordScores.clear();
  }

  search(query: string, options: ReasonSearchOptions = {}): ReasonMatch<R>[] {
    const { words, key, normal } = this.queryWords(query);
    if (!words.length) return [];
    const allowed = (audience: Audience) =>
      !options.subject || audience === 'any' || audience === (options.subject === 'child' ? 'child' : 'adult');

    // Per word, how telling it is (the rarity of the catalogue word it matches best); their sum turns scores into 0–1.
    // One or two letters being typed after other words say little yet ("receptet har gått u").
    if (words.length > 1) {
      const last = words[words.length - 1];
      if (last.short) {
        last.weight *= 0.3;
        last.partWeights = last.partWeights.map((w) => w * 0.3);
      }
    }
    let yardstick = 0;
    for (const word of words) {
      if (!word.optional) yardstick += Math.max(word.weight, word.partWeights.length ? (Math.min(...word.partWeights) * PART) : 0);
    }
    if (yardstick === 0) return [];

    // Per reason (scratch arrays, nothing allocated per phrase): best phrase score, its phrase, how many
    // phrases matched strongly, and per query word its best contribution anywhere in the reason.
    const n = words.length;
    if (this.bag.length < this.reasons.length * n) this.bag = new Float32Array(this.reasons.length * n);
    const { best, bestPhrase, strong, bag } = this;
    const touched: number[] = [];
    const contribution = new Float32Array(words.length);
    const hitShare = this.hitShare;
    // Only phrases with a catalogue word that some query word matches.
    const candidate = this.candidate;
    const candidates: number[] = [];
    const mark = (hits: Int32Array) => {
      for (const t of hits) {
        for (const p of this.postings[t]) {
          if (candidate[p]) continue;
          candidate[p] = 1;
          candidates.push(p);
        }
      }
    };
    for (const word of words) {
      mark(word.hits);
      for (const hits of word.partHits) mark(hits);
    }
    for (const p of candidates) candidate[p] = 0;
    for (const p of candidates) {
      const phrase = this.phrases[p];
      if (!allowed(this.reasons[phrase.reason].audience)) continue;
      let sum = 0;
      let covered = 0;
      hitShare.fill(0, 0, phrase.units.length);
      for (let w = 0; w < words.length; w++) {
        const word = words[w];
        let top = 0;
        let hit = -1;
        let share = 0;
        for (let u = 0; u < phrase.units.length; u++) {
          const unit = phrase.units[u];
          const whole = word.scores[unit[0]] * word.weight;
          if (whole > top) {
            top = whole;
            hit = u;
            share = 1;
          }
          for (let p = 1; p < unit.length; p++) {
            const part = word.scores[unit[p]] * word.weight * PART;
            if (part > top) {
              top = part;
              hit = u;
              share = 1 / (unit.length - 1);
            }
          }
        }
        if (word.parts.length) {
          // A compound typed as one word, found as separate words ("hundbett" in "bett av hund").
          let partsSum = 0;
          let partsHit = 0;
          for (let p = 0; p < word.parts.length; p++) {
            const part = word.parts[p];
            let partTop = 0;
            for (const unit of phrase.units) for (const id of unit) partTop = Math.max(partTop, part[id] * word.partWeights[p]);
            partsSum += partTop;
            if (partTop > 0) partsHit++;
          }
          const asParts = (partsSum / word.parts.length) * PART;
          if (asParts > top) {
            top = asParts;
            hit = -2;
            covered += partsHit;
          }
        }
        contribution[w] = top * phrase.weight;
        sum += top;
        if (hit >= 0) hitShare[hit] = Math.min(1, hitShare[hit] + share);
      }
      for (let u = 0; u < phrase.units.length; u++) covered += hitShare[u];
      if (sum === 0) continue;
      const coverage = Math.min(1, covered / phrase.units.length);
      let score = phrase.weight * sum * (0.75 + 0.25 * coverage);
      if (phrase.key === key) score += (phrase.normal === normal ? 0.4 : 0.25) * yardstick;
      const r = phrase.reason;
      if (bestPhrase[r] < 0) {
        touched.push(r);
        best[r] = 0;
        strong[r] = 0;
        bag.fill(0, r * n, r * n + n);
        bestPhrase[r] = p;
      }
      // Phrases that match (nearly) every word typed: more of them is more evidence for the reason.
      if (sum >= 0.8 * yardstick) strong[r]++;
      if (score > best[r]) {
        best[r] = score;
        bestPhrase[r] = p;
      }
      for (let w = 0; w < n; w++) if (contribution[w] > bag[r * n + w]) bag[r * n + w] = contribution[w];
    }

    const ranked: { index: number; score: number; phrase: Phrase }[] = [];
    for (const index of touched) {
      let bagSum = 0;
      for (let w = 0; w < n; w++) bagSum += bag[index * n + w];
      // Words matched outside the best phrase count too, at half weight: "sveda när jag kissar och feber".
      let score = (best[index] + 0.5 * Math.max(0, bagSum - best[index])) / yardstick;
      score += 0.02 * Math.min(4, Math.max(0, strong[index] - 1));
      // A guardian's search prefers the child's version of a reason over the one for anyone.
      if (options.subject === 'child' && this.reasons[index].audience === 'child') score += 0.3;
      ranked.push({ index, score, phrase: this.phrases[bestPhrase[index]] });
      bestPhrase[index] = -1;
    }
    const tier = (score: number) => Math.round(score * 20);
    return ranked
      .sort((a, b) => tier(b.score) - tier(a.score) || this.reasons[a.index].popularity - this.reasons[b.index].popularity || a.index - b.index)
      .slice(0, options.limit ?? 20)
      .map(({ index, score, phrase }) => ({ reason: this.reasons[index], score, matched: phrase.text }));
  }
}
