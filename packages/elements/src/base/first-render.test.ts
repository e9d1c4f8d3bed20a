import { expect } from '@open-wc/testing';
import type { Assessment } from '@nara/contract';
import '../triage-result/define.js';
import type { NaraTriageResult } from '../triage-result/triage-result.js';

const assessment = { id: 'a1', urgency: 'routine', redFlagsMet: [], why: [], actions: [], selfCare: [], safetyNet: [], profession: 'nurse', demo: false } as unknown as Assessment;

/** Resolves after the current task's microtasks have all run (but within the same task as far as rendering goes). */
const microtasks = async (n = 20) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('first render in a task of its own', () => {
  it('elements that connect in one task render in later tasks, one at a time, not in the task that added them', async () => {
    const made = [0, 1, 2].map(() => Object.assign(document.createElement('nara-triage-result') as NaraTriageResult, { assessment }));
    document.body.append(...made);
    await microtasks();
    expect(made.map((el) => el.hasUpdated)).to.deep.equal([false, false, false], 'nothing rendered in the task that added them');
    // as each one's render completes (in its own task, before the next task runs), how many have rendered
    const renderedWhenDone: number[] = [];
    await Promise.all(made.map((el) => el.updateComplete.then(() => renderedWhenDone.push(made.filter((m) => m.hasUpdated).length))));
    expect(renderedWhenDone).to.deep.equal([1, 2, 3], 'one at a time');
    expect(made.every((el) => el.shadowRoot!.textContent!.trim().length > 0)).to.equal(true, 'all three rendered');
    made.forEach((el) => el.remove());
  });

  it('a later update renders as Lit does, in the same task (microtask)', async () => {
    const el = Object.assign(document.createElement('nara-triage-result') as NaraTriageResult, { assessment });
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-level="5"]')).to.equal(null);
    el.headingLevel = 5;
    await microtasks();
    expect(el.shadowRoot!.querySelector('[aria-level="5"]')).to.not.equal(null);
    el.remove();
  });
});
