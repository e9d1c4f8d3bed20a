/** How `ReasonSearch` reads a query, on small made-up catalogues (the query set covers the real one). */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ReasonSearch, type SearchableReason } from '../reason-search.js';
import { stemEnglish, stemSwedish } from './language.js';

const reason = (id: string, title: string, synonyms: string[] = [], popularity = 10, extra: Partial<SearchableReason> = {}): SearchableReason => ({
  id,
  title,
  synonyms,
  audience: 'any',
  popularity,
  ...extra,
});
const ids = (search: ReasonSearch<SearchableReason>, query: string, subject?: 'self' | 'child') => search.search(query, { subject }).map((m) => m.reason.id);

const sv = new ReasonSearch(
  [
    reason('hals', 'Ont i halsen', ['halsfluss']),
    reason('huvud', 'Huvudvärk'),
    reason('bett', 'Hundbett'),
    reason('mage', 'Magont', ['ont i magen']),
    reason('uvi', 'Urinvägsinfektion', ['svider när jag kissar']),
    reason('kiss', 'Besvär med att kissa'),
    reason('orat', 'Ont i örat'),
    reason('recept', 'Förnya recept', [], 1),
  ],
  { locale: 'sv' },
);

describe('ReasonSearch: how patients write', () => {
  it('drops filler words and never requires every word', () => {
    assert.equal(ids(sv, 'jag har så ont i halsen sen igår')[0], 'hals');
    assert.equal(ids(sv, 'det svider när jag kissar och har feber')[0], 'uvi');
  });

  it('joins inflections (kissar, kissade, kissa; halsen, halsens)', () => {
    for (const q of ['kissade', 'kissa', 'kissar']) assert.ok(ids(sv, q).slice(0, 2).includes('kiss'), q);
    assert.equal(ids(sv, 'halsens')[0], 'hals');
    assert.equal(stemSwedish('kissade'), stemSwedish('kissar'));
    assert.equal(stemEnglish('peeing'), stemEnglish('pee'));
    assert.equal(stemEnglish('coughing'), stemEnglish('coughs'));
  });

  it('matches compounds both ways: halsont ↔ ont i halsen, huvudvärk ↔ ont i huvudet, hundbett ↔ bett av hund', () => {
    assert.equal(ids(sv, 'halsont')[0], 'hals');
    assert.equal(ids(sv, 'ont i huvudet')[0], 'huvud');
    assert.equal(ids(sv, 'bett av en hund')[0], 'bett');
    assert.equal(ids(sv, 'ont i magen')[0], 'mage');
    assert.equal(ids(sv, 'magont')[0], 'mage');
    assert.ok(ids(sv, 'öronvärk').slice(0, 2).includes('orat'));
  });

  it('folds case and diacritics both ways', () => {
    assert.equal(ids(sv, 'ONT I ORAT')[0], 'orat');
    assert.equal(ids(sv, 'urinvagsinfektion')[0], 'uvi');
    assert.equal(ids(sv, 'fornya recept')[0], 'recept');
  });

  it('forgives more typos in longer words: none up to 3 letters, 1 up to 7, 2 beyond', () => {
    assert.equal(ids(sv, 'urinvägsinfektoin')[0], 'uvi');
    assert.equal(ids(sv, 'urinvagsinfecton')[0], 'uvi');
    assert.equal(ids(sv, 'recpet')[0], 'recept');
    assert.deepEqual(ids(sv, 'xqz'), []);
  });

  it('matches the word being typed as a prefix', () => {
    assert.equal(ids(sv, 'urinv')[0], 'uvi');
    assert.equal(ids(sv, 'förny')[0], 'recept');
    assert.equal(ids(sv, 'ont i ha')[0], 'hals');
  });

  it('weighs the title over synonyms over the description, and uses popularity only to break ties', () => {
    const search = new ReasonSearch(
      [
        reason('described', 'Annat', [], 1, { description: 'yrsel' }),
        reason('synonym', 'Balans', ['yrsel'], 2),
        reason('title', 'Yrsel', [], 3),
      ],
      { locale: 'sv' },
    );
    assert.deepEqual(ids(search, 'yrsel'), ['title', 'synonym', 'described']);
    const tie = new ReasonSearch([reason('b', 'Hosta', [], 5), reason('a', 'Hosta', [], 1), reason('c', 'Hosta', [], 9)], { locale: 'sv' });
    assert.deepEqual(ids(tie, 'hosta'), ['a', 'b', 'c']);
  });

  it('searches English the same way', () => {
    const en = new ReasonSearch([reason('uti', 'Urinary tract infection', ['burning when peeing']), reason('head', 'Headache'), reason('note', 'Sick note')], { locale: 'en' });
    assert.equal(ids(en, 'it burns when i pee')[0], 'uti');
    assert.equal(ids(en, 'my head aches')[0], 'head');
    assert.equal(ids(en, "i need a sick note for work")[0], 'note');
  });

  it('shows a guardian only reasons for a child or anyone, the child one first', () => {
    const search = new ReasonSearch([reason('adult', 'Feber', [], 1, { audience: 'adult' }), reason('any', 'Feber', [], 2), reason('child', 'Feber hos barn', ['feber'], 3, { audience: 'child' })], { locale: 'sv' });
    assert.deepEqual(ids(search, 'feber', 'child'), ['child', 'any']);
    assert.deepEqual(ids(search, 'feber', 'self'), ['adult', 'any']);
  });
});
