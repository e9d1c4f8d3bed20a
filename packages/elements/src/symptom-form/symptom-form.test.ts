import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpBackend } from '@nara/client';
import './define.js';
import type { NaraSymptomForm } from './symptom-form.js';
import { API, startBackend, resetOverrides } from '../../../../test/helpers/backend.js';
import { deepActiveElement, visibleText, waitForText } from '../../../../test/helpers/elements.js';

const backend = () => new HttpBackend({ baseUrl: API, retries: 0, timeout: 2000 });

describe('nara-symptom-form smoke', () => {
  before(async () => {
    await startBackend();
  });
  afterEach(() => {
    resetOverrides();
    sessionStorage.clear();
  });

  it('renders the screen', async () => {
    const el = await fixture<NaraSymptomForm>(html`<nara-symptom-form clinic="vc-linden" locale="sv" .backend=${backend()}></nara-symptom-form>`);
    await waitForText(el, 'Först: behöver du akut hjälp?');
    await expect(el).to.be.accessible();
    console.log(visibleText(el).slice(0, 400));
  });
});
