import { expect } from '@open-wc/testing';
import { severity } from './model.js';
import { RED_FLAGS } from './red-flags.js';
import { isEmergency, percent, runVignette, triageRates } from './vignette-run.js';
import { MORE_VIGNETTES } from './vignettes-more.js';
import { VIGNETTES } from './vignettes.js';

const ALL = [...VIGNETTES, ...MORE_VIGNETTES];

describe('vignettes: standardized patients give the expected urgency and profession', () => {
  it(`has at least 200 stories (${ALL.length}), 60 emergencies and 40 children, covering every urgency`, () => {
    expect(ALL.length).to.be.at.least(200);
    expect(ALL.filter((row) => isEmergency(row[5])).length, 'emergencies').to.be.at.least(60);
    expect(ALL.filter((row) => row[2] !== 'self').length, 'children').to.be.at.least(40);
    expect(new Set(ALL.map((row) => row[5]))).to.have.keys('emergency', 'emergency-department', 'urgent', 'soon', 'routine', 'self-care');
  });

  it('includes every red flag of the emergency screen', () => {
    const screened = new Set(ALL.flatMap((row) => row[4]));
    for (const flag of RED_FLAGS) expect(screened.has(flag.id), flag.id).to.equal(true);
  });

  for (const row of ALL) {
    const [story, reasonId, , , , urgency, profession] = row;
    // The first set was written with the rules; the second independently, so there an outcome one level
    // more urgent than a clinician expected is reported as over-triage rather than failed.
    const independent = MORE_VIGNETTES.includes(row);
    it(`${story} (${reasonId}) → ${urgency}${profession ? `, ${profession}` : ''}`, () => {
      const { outcome, issues } = runVignette(row);
      expect(issues, 'the story is a valid response').to.deep.equal([]);
      if (independent && !isEmergency(urgency)) expect(severity(outcome.urgency) - severity(urgency), `${outcome.urgency} for ${urgency}`).to.be.within(0, 1);
      else expect(outcome.urgency).to.equal(urgency);
      if (profession) expect(outcome.profession).to.equal(profession);
      expect(outcome.why.length, 'explained').to.be.greaterThan(0);
      const english = runVignette(row, 'truthful', 'en').outcome;
      expect([english.urgency, english.profession, english.actions], 'the same in English').to.deep.equal([outcome.urgency, outcome.profession, outcome.actions]);
      if (outcome.urgency !== urgency) return;
      if (urgency === 'emergency') expect(outcome.actions).to.deep.equal([{ action: 'call-112' }]);
      if (urgency === 'emergency-department') expect(outcome.actions).to.deep.equal([{ action: 'emergency-department' }, { action: 'call-1177' }]);
      if (isEmergency(urgency)) expect(outcome.redFlagsMet.length, 'names the warning signs met').to.be.greaterThan(0);
      else {
        expect(outcome.redFlagsMet).to.deep.equal([]);
        expect(outcome.actions.some((a) => a.action === 'call-112' || a.action === 'emergency-department')).to.equal(false);
      }
    });
  }

  it('with the screen answered truthfully, no emergency comes out below the emergency department', () => {
    const rates = triageRates(ALL, 'truthful');
    console.log(
      `Vignettes, screen truthful: ${rates.total} stories, ${rates.emergencies} emergencies caught ${percent(rates.emergencyCatch)}; ` +
        `under-triage ${percent(rates.underTriage)}, over-triage ${percent(rates.overTriage)}`,
    );
    expect(rates.missedEmergencies).to.deep.equal([]);
    expect(rates.badlyUnder, 'nothing two levels too low').to.deep.equal([]);
  });

  it('with the screen answered "no", at least 90 % of emergencies still reach the emergency department or 112', () => {
    const rates = triageRates(ALL, 'no');
    console.log(
      `Vignettes, screen "no": ${rates.emergencies} emergencies caught ${percent(rates.emergencyCatch)} by the questionnaire alone; ` +
        `under-triage ${percent(rates.underTriage)}, over-triage ${percent(rates.overTriage)}; missed: ${rates.missedEmergencies.join('; ')}`,
    );
    expect(rates.emergencyCatch).to.be.at.least(0.9);
  });
});
