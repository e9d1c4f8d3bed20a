/**
 * The query set: lay queries (sv, en; adults and guardians) must find a fitting reason — at least
 * 95 % in the top three and 80 % first — searched as the symptom form searches (title and the
 * server's search synonyms). And every emergency phrase puts the 112 advice first.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CATALOGUE } from '../catalogue.js';
import { RED_FLAGS } from '../red-flags.js';
import { normalize } from '../search-text.js';
import { EMERGENCY_RULES, findEmergency } from './emergency-phrases.js';
import { EMERGENCY_QUERIES, NOT_EMERGENCY } from './emergency-queries.js';
import { QUERY_SETS, runQuerySet, shareAt } from './query-set.js';
import { searchSynonyms, vocabularyIds } from './vocabulary.js';

describe('query set', () => {
  const outcomes = runQuerySet();

  it('has at least 400 queries in Swedish and English, each naming reasons of the catalogue', () => {
    assert.ok(outcomes.length >= 400, `${outcomes.length} queries`);
    for (const locale of ['sv', 'en']) assert.ok(outcomes.filter((o) => o.locale === locale).length >= 150, locale);
    const ids = new Set(CATALOGUE.map((r) => r.id));
    for (const { queries } of QUERY_SETS) for (const [query, fits] of queries) for (const id of fits.split(' ')) assert.ok(ids.has(id), `${query}: ${id}`);
  });

  it('finds a fitting reason in the top three for at least 95 % and first for at least 80 %', () => {
    const top1 = shareAt(outcomes, 1);
    const top3 = shareAt(outcomes, 3);
    const missed = outcomes.filter((o) => o.rank === 0).map((o) => `${o.locale}/${o.subject} "${o.query}" → ${o.found.join(', ') || 'nothing'} (wanted ${o.fits.join(' or ')})`);
    assert.ok(top3 >= 0.95, `top 3: ${(top3 * 100).toFixed(1)} %\n${missed.join('\n')}`);
    assert.ok(top1 >= 0.8, `top 1: ${(top1 * 100).toFixed(1)} %`);
  });

  it('gives every reason words to be found by in both languages, and names no unknown reason', () => {
    const ids = new Set(CATALOGUE.map((r) => r.id));
    for (const locale of ['sv', 'en'] as const) {
      for (const id of vocabularyIds(locale)) assert.ok(ids.has(id), `${locale} vocabulary names unknown reason ${id}`);
      const none = CATALOGUE.filter((r) => searchSynonyms(r, locale).length === 0).map((r) => r.id);
      assert.deepEqual(none, [], `${locale}: reasons without search synonyms`);
    }
  });

  it('keeps the search synonyms within the contract (at most 100 a reason, 200 characters each)', () => {
    for (const reason of CATALOGUE) {
      for (const locale of ['sv', 'en'] as const) {
        const synonyms = searchSynonyms(reason, locale);
        assert.ok(synonyms.length <= 100 && synonyms.every((s) => s.length <= 200), `${reason.id} ${locale}`);
        const kept = new Set(synonyms.map(normalize));
        for (const own of reason.synonyms[locale]) assert.ok(kept.has(normalize(own)), `${reason.id} keeps "${own}"`);
      }
    }
  });
});

describe('emergency phrases', () => {
  it('has at least 60 phrases, in Swedish and in English', () => {
    assert.ok(EMERGENCY_QUERIES.length >= 60, `${EMERGENCY_QUERIES.length}`);
    assert.ok(EMERGENCY_QUERIES.filter(([q]) => /[åäö]| jag | och |^jag|mig/.test(q)).length >= 25);
  });

  for (const [query, rule] of EMERGENCY_QUERIES) {
    it(`"${query}" gives the 112 advice (${rule})`, () => {
      assert.equal(findEmergency(query)?.rule.id, rule);
    });
  }

  it('every rule stands for a question of the emergency screen, advises in both languages and names its source', () => {
    const flags = new Set(RED_FLAGS.map((f) => f.id));
    for (const rule of EMERGENCY_RULES) {
      assert.ok(flags.has(rule.redFlag), `${rule.id}: unknown red flag ${rule.redFlag}`);
      assert.match(rule.advice.sv, /112/, rule.id);
      assert.match(rule.advice.en, /112/, rule.id);
      assert.ok(rule.source.length > 5, rule.id);
      assert.ok(EMERGENCY_QUERIES.some(([, r]) => r === rule.id), `${rule.id} has no test phrase`);
    }
  });

  it('gives Självmordslinjen 90101 with thoughts of suicide', () => {
    assert.equal(findEmergency('vill inte leva längre')?.rule.helpline?.tel, '90101');
    assert.equal(findEmergency('i want to end my life')?.rule.helpline?.tel, '90101');
  });

  it('stays quiet for everyday errands that share words with the rules', () => {
    for (const query of NOT_EMERGENCY) assert.equal(findEmergency(query)?.rule.id, undefined, query);
  });

  it('finds the emergency however it is typed: no å/ä/ö, capitals, a typo in a long word', () => {
    assert.equal(findEmergency('ONT I BROSTET')?.rule.id, 'chest-pain');
    assert.equal(findEmergency('sjalvmords tankar')?.rule.id, 'suicidal');
    assert.equal(findEmergency('medvetslös')?.rule.id, 'unconscious');
    assert.equal(findEmergency('medvestlos')?.rule.id, 'unconscious');
  });
});
