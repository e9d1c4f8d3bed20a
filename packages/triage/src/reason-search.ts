import type { Audience } from './model.js';
import { boundedDistance, normalize, tokenize, typoBudget } from './search-text.js';

/** What reason search needs of a reason; the contract's `ReasonSummary` fits. */
export interface SearchableReason {
  id: string;
  title: string;
  synonyms: string[];
  audience: Audience;
  /** 1 = most often picked. */
  popularity: number;
}

export interface ReasonMatch<R extends SearchableReason> {
  reason: R;
  /** Match quality, higher is better (about 0–1.5). */
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

interface Phrase {
  reason: number;
  text: string;
  normal: string;
  tokens: Int32Array;
  title: boolean;
}

/** Words that may be left out of a query or a phrase without making it a worse match. */
const OPTIONAL_WORDS = new Set(['i', 'och', 'pa', 'med', 'hos', 'av', 'en', 'ett', 'att', 'for', 'the', 'in', 'a', 'an', 'of', 'my', 'and', 'on', 'with']);

const EXACT = 1;
const PREFIX = 0.85;
const TYPO = 0.65;
const TYPO_PREFIX = 0.55;

/**
 * A precomputed index over a reason catalogue: diacritics-insensitive, typo-tolerant (bounded
 * Damerau–Levenshtein per word), prefix-aware (so "ont i hals" finds "Ont i halsen"), over titles
 * and synonyms. Ranks by match quality, then popularity.
 */
export class ReasonSearch<R extends SearchableReason> {
  private readonly reasons: readonly R[];
  private readonly vocabulary: string[] = [];
  private readonly phrases: Phrase[] = [];
  /** Per query word, its score against every vocabulary word; typing reuses the words already typed. */
  private readonly wordScores = new Map<string, Float32Array>();
  /** Scratch space: which of a phrase's words a query word already matched. */
  private used = new Uint8Array(0);

  constructor(reasons: readonly R[]) {
    this.reasons = reasons;
    const ids = new Map<string, number>();
    const idOf = (token: string) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = this.vocabulary.length;
        ids.set(token, id);
        this.vocabulary.push(token);
      }
      return id;
    };
    reasons.forEach((reason, index) => {
      const seen = new Set<string>();
      [reason.title, ...reason.synonyms].forEach((text, i) => {
        const normal = normalize(text);
        if (!normal || seen.has(normal)) return;
        seen.add(normal);
        const tokens = Int32Array.from(normal.split(' ').map(idOf));
        if (tokens.length > this.used.length) this.used = new Uint8Array(tokens.length);
        this.phrases.push({ reason: index, text, normal, title: i === 0, tokens });
      });
    });
  }

  /** How well one query word matches each vocabulary word (0 = not at all). */
  private scoresFor(word: string): Float32Array {
    const cached = this.wordScores.get(word);
    if (cached) return cached;
    const scores = new Float32Array(this.vocabulary.length);
    const budget = typoBudget(word.length);
    const length = word.length;
    for (let i = 0; i < this.vocabulary.length; i++) {
      const candidate = this.vocabulary[i];
      if (candidate === word) scores[i] = EXACT;
      else if (candidate.length > length && candidate.startsWith(word)) scores[i] = PREFIX + 0.1 * (length / candidate.length);
      else if (budget > 0) {
        if (Math.abs(candidate.length - length) <= budget) {
          const d = boundedDistance(word, candidate, budget);
          if (d <= budget) {
            scores[i] = TYPO - 0.1 * (d - 1);
            continue;
          }
        }
        if (candidate.length > length) {
          const d = boundedDistance(word, candidate, budget, length);
          if (d <= budget) scores[i] = TYPO_PREFIX - 0.1 * (d - 1);
        }
      }
    }
    if (this.wordScores.size > 256) this.wordScores.clear();
    this.wordScores.set(word, scores);
    return scores;
  }

  search(query: string, options: ReasonSearchOptions = {}): ReasonMatch<R>[] {
    const words = tokenize(query);
    const whole = words.join(' ');
    if (!words.length) return [];
    const required = words.filter((w) => !OPTIONAL_WORDS.has(w));
    const counted = required.length ? required : words;
    const optional = required.length ? words.filter((w) => OPTIONAL_WORDS.has(w)) : [];
    const countedScores = counted.map((w) => this.scoresFor(w));
    const optionalScores = optional.map((w) => this.scoresFor(w));
    const allowed = (audience: Audience) =>
      !options.subject || audience === 'any' || audience === (options.subject === 'child' ? 'child' : 'adult');

    const best = new Map<number, { score: number; phrase: Phrase }>();
    const used = this.used;
    for (const phrase of this.phrases) {
      if (!allowed(this.reasons[phrase.reason].audience)) continue;
      let sum = 0;
      let matchedTokens = 0;
      used.fill(0, 0, phrase.tokens.length);
      let ok = true;
      for (const scores of countedScores) {
        let top = 0;
        let at = -1;
        for (let t = 0; t < phrase.tokens.length; t++) {
          const s = scores[phrase.tokens[t]];
          if (s > top) {
            top = s;
            at = t;
          }
        }
        if (top === 0) {
          ok = false;
          break;
        }
        sum += top;
        if (!used[at]) {
          used[at] = 1;
          matchedTokens++;
        }
      }
      if (!ok) continue;
      for (const scores of optionalScores) {
        for (let t = 0; t < phrase.tokens.length; t++) {
          if (!used[t] && scores[phrase.tokens[t]] >= PREFIX) {
            used[t] = 1;
            matchedTokens++;
            break;
          }
        }
      }
      const contentTokens = phrase.tokens.length;
      const score =
        sum / countedScores.length +
        (phrase.title ? 0.25 : 0) +
        (phrase.normal === whole ? 0.3 : 0) +
        (used[0] ? 0.1 : 0) +
        0.15 * (matchedTokens / contentTokens);
      const current = best.get(phrase.reason);
      if (!current || score > current.score) best.set(phrase.reason, { score, phrase });
    }

    const tier = (score: number) => Math.round(score * 20);
    return [...best.entries()]
      .sort(([ia, a], [ib, b]) => tier(b.score) - tier(a.score) || this.reasons[ia].popularity - this.reasons[ib].popularity || ia - ib)
      .slice(0, options.limit ?? 20)
      .map(([index, { score, phrase }]) => ({ reason: this.reasons[index], score, matched: phrase.text }));
  }
}
