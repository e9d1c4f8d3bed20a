import { expect } from '@open-wc/testing';
import { CATALOGUE } from './catalogue.js';
import type { Locale } from './text.js';
import { ReasonSearch } from './reason-search.js';
import { boundedDistance, normalize } from './search-text.js';

const summaries = (locale: Locale) =>
  CATALOGUE.map((r) => ({ id: r.id, title: r.title[locale], synonyms: r.synonyms[locale], audience: r.audience, popularity: r.popularity }));
const sv = new ReasonSearch(summaries('sv'));
const en = new ReasonSearch(summaries('en'));
const titles = (query: string, subject?: 'self' | 'child', search = sv) => search.search(query, { subject, limit: 5 }).map((m) => m.reason.title);

describe('reason search', () => {
  it("a guardian searching for 'feber' sees 'Feber hos barn' first", () => {
    expect(titles('feber', 'child')[0]).to.equal('Feber hos barn');
  });

  it('shows a guardian only reasons for children (or anyone), and an adult none for children', () => {
    for (const match of sv.search('ont', { subject: 'child', limit: 50 })) expect(match.reason.audience).to.be.oneOf(['child', 'any']);
    for (const match of sv.search('ont', { subject: 'self', limit: 50 })) expect(match.reason.audience).to.be.oneOf(['adult', 'any']);
  });

  it("finds 'Ont i halsen' from a half-typed 'ont i hals'", () => {
    expect(titles('ont i hals', 'self')[0]).to.equal('Ont i halsen');
    expect(titles('ont i h', 'self')).to.include('Ont i halsen');
  });

  it('ignores å, ä and ö both ways', () => {
    expect(titles('orat', 'self')[0]).to.equal('Ont i örat');
    expect(titles('ont i ryggen')[0]).to.equal('Ont i ryggen');
    expect(titles('FÖRKYLNING')[0]).to.equal('Förkylning');
    expect(titles('forkylning')[0]).to.equal('Förkylning');
    expect(titles('hälsporre')[0]).to.equal('Ont i foten eller hälen');
  });

  it('finds lay words and abbreviations through synonyms', () => {
    expect(titles('UVI', 'self')[0]).to.equal('Urinvägsinfektion');
    expect(titles('recept')[0]).to.equal('Förnya recept');
    expect(titles('sjukskrivning')[0]).to.equal('Sjukintyg');
    expect(titles('magsjuka', 'child')[0]).to.equal('Kräkningar och diarré hos barn');
    expect(titles('p-piller')[0]).to.equal('Preventivmedel');
    expect(sv.search('kissar ofta')[0].matched).to.match(/kissar ofta/);
  });

  it('forgives typos', () => {
    expect(titles('huvdvärk')[0]).to.equal('Huvudvärk');
    expect(titles('urinvägsinfektoin', 'self')[0]).to.equal('Urinvägsinfektion');
    expect(titles('halsbrana')[0]).to.equal('Halsbränna och sura uppstötningar');
    expect(titles('bihålleinflamation')[0]).to.equal('Bihåleinflammation');
    expect(titles('eksemm', 'self')[0]).to.equal('Eksem');
  });

  it('searches the English catalogue the same way', () => {
    expect(titles('fever', 'child', en)[0]).to.equal('Fever in a child');
    expect(titles('uti', 'self', en)[0]).to.equal('Urinary tract infection');
    expect(titles('sore thr', 'self', en)[0]).to.equal('Sore throat');
    expect(titles('prescripton', 'self', en)[0]).to.equal('Renew a prescription');
  });

  it('ranks equally good matches by popularity', () => {
    const results = sv.search('ont i', { subject: 'self', limit: 6 });
    const tops = results.filter((m) => Math.round(m.score * 20) === Math.round(results[0].score * 20));
    const ranks = tops.map((m) => m.reason.popularity);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
  });

  it('finds every reason first by its own title, and within the top five by each of its synonyms, in both languages', () => {
    for (const [locale, search] of [['sv', sv], ['en', en]] as const) {
      for (const reason of CATALOGUE) {
        const subject = reason.audience === 'child' ? 'child' : 'self';
        expect(search.search(reason.title[locale], { subject, limit: 1 })[0]?.reason.id, `${locale}: ${reason.title[locale]}`).to.equal(reason.id);
        for (const synonym of reason.synonyms[locale]) {
          const found = search.search(synonym, { subject, limit: 5 }).map((m) => m.reason.id);
          expect(found, `${locale}: ${synonym} → ${reason.id}`).to.include(reason.id);
        }
      }
    }
  });

  it('answers nothing for an empty query or gibberish', () => {
    expect(sv.search('   ')).to.deep.equal([]);
    expect(sv.search('xqzvw')).to.deep.equal([]);
  });

  it('takes well under 2 ms per keystroke over the whole catalogue', () => {
    const queries = ['ont i halsen', 'feber hos barn', 'urinvägsinfektion', 'förnya recept', 'huvdvärk', 'sjukskrivning'];
    const times: number[] = [];
    for (const query of queries) {
      const fresh = new ReasonSearch(summaries('sv'));
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        fresh.search(query.slice(0, i), { subject: 'self' });
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).to.be.below(2);
  });
});

describe('search text', () => {
  it('normalises case, diacritics and punctuation', () => {
    expect(normalize('Öron-värk, ÅÄÖ é!')).to.equal('oron vark aao e');
  });

  it('counts an adjacent swap as one edit and stops at the bound', () => {
    expect(boundedDistance('infektoin', 'infektion', 2)).to.equal(1);
    expect(boundedDistance('hals', 'hals', 1)).to.equal(0);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).to.equal(3);
  });
});
