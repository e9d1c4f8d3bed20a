/**
 * Two browser pages on the example site (`npm test` builds dist/ first): a patient on
 * examples/my-errands.html and a nurse on examples/staff-console.html.
 *
 * The patient fills the symptom form with a picture and opens a chat; the nurse sees every answer
 * and the picture, replies with a phrase template and sends PHQ-9; the patient answers it in the
 * chat; the nurse sees the score and its band. Then the nurse starts a contact with a test result;
 * the patient finds it in "Mina ärenden" after a reload, and the unread count clears once opened.
 * Between them: the nurse consults the doctor (on a third page) without handing over, and offers
 * two times that the patient books with one press; a reload brings the patient back to the chat.
 * The staff console is axe clean (WCAG 2.2 AA) in every state the nurse passes through, in sv and en.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { listen, type RunningSite, type Site } from '@nara/server-node/site';
import { exampleSite } from './helpers/site.js';
import { launchChromium } from './helpers/chromium.js';
import { axeViolations } from './helpers/axe.js';

/** The smallest PNG there is (1×1). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('a patient and a nurse, each on their own page', { timeout: 240_000 }, () => {
  let site: Site;
  let server: RunningSite;
  let browser: Browser;
  let patient: Page;
  let staff: Page;
  const errors: string[] = [];

  before(async () => {
    site = await exampleSite();
    server = await listen(site.app.fetch);
    browser = await launchChromium();
    patient = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    staff = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    for (const page of [patient, staff]) page.on('pageerror', (e) => errors.push(String(e)));
  });

  after(async () => {
    await browser?.close();
    await server?.close(1000);
    await site?.close();
  });

  const item = (journey: Locator, linkId: string) => journey.locator(`[data-link-id="${linkId}"]`);

  it('the symptom form with a picture reaches the nurse; reply with a phrase, PHQ-9 answered in the chat, score and band', async () => {
    // The patient: symptom form with a picture, then a chat.
    await patient.goto(`${server.origin}/examples/my-errands.html`);
    const journey = patient.locator('nara-care-journey');
    await journey.getByRole('button', { name: /Beskriv dina besvär/ }).click();
    await journey.getByRole('button', { name: 'Nej, inget av detta – fortsätt' }).click();
    await journey.locator('#who-self').check();
    await journey.getByRole('button', { name: 'Fortsätt' }).click();
    await journey.locator('#reason-input').fill('förkyl');
    await journey.getByRole('option', { name: /Förkylning/ }).first().click();
    await item(journey, 'description').locator('textarea').fill('Snuva i tre dagar och ett utslag på armen');
    await item(journey, 'since').getByLabel('1–3 dagar').check();
    const overall = item(journey, 'overall').locator('input').first();
    await overall.focus();
    await patient.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await patient.keyboard.press('ArrowRight');
    await item(journey, 'breathless').getByLabel('Nej').check();
    await item(journey, 'image').locator('input[type="file"]').setInputFiles({ name: 'utslag.png', mimeType: 'image/png', buffer: PNG });
    await item(journey, 'image').getByText('utslag.png').first().waitFor();
    await journey.getByRole('button', { name: 'Till sammanfattningen' }).click();
    await journey.getByRole('button', { name: 'Skicka', exact: true }).click();
    await journey.getByRole('button', { name: /^Chatta/ }).first().click();
    const chat = journey.locator('nara-chat-panel');
    await chat.locator('textarea').fill('Se bilden på utslaget, tack!');
    await chat.locator('textarea').press('Enter');
    await chat.getByText('Se bilden på utslaget, tack!').first().waitFor();

    // The nurse: the errand in the queue, the whole report, the picture.
    await staff.goto(`${server.origin}/examples/staff-console.html`);
    await staff.locator('#staff-id option[value="staff-anna"]').waitFor({ state: 'attached' });
    assert.deepEqual(await axeViolations(staff), [], 'the sign-in');
    await staff.locator('#staff-id').selectOption('staff-anna');
    await staff.getByRole('button', { name: 'Logga in' }).click();
    const queue = staff.locator('nara-staff-queue');
    await queue.getByText('Uppdateras direkt').waitFor();
    assert.deepEqual(await axeViolations(staff), [], 'signed in: the queue');
    await queue.getByRole('button', { name: /Tolvan Tolvansson/ }).first().click();
    const errand = staff.locator('nara-errand');
    await errand.getByText('Snuva i tre dagar och ett utslag på armen').waitFor();
    for (const answer of ['1–3 dagar', '6', 'Nej']) await errand.getByText(answer, { exact: true }).first().waitFor();
    await errand.getByText(/Sökorsak.*Förkylning/).waitFor();
    const picture = errand.getByRole('img', { name: 'Bild från patienten: utslag.png' });
    await picture.waitFor();
    await staff.waitForFunction((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 1, await picture.elementHandle());
    await errand.getByText('Se bilden på utslaget, tack!').first().waitFor();
    assert.deepEqual(await axeViolations(staff), [], 'the errand’s report');

    // Take, reply with the greeting phrase, send PHQ-9.
    await errand.getByRole('button', { name: 'Ta ärendet', exact: true }).click();
    await errand.locator('#reply').waitFor();
    assert.deepEqual(await axeViolations(staff), [], 'the errand taken');
    await errand.locator('#phrase').selectOption({ label: 'Hälsning' });
    await errand.locator('#reply').press('End');
    await errand.locator('#reply').pressSequentially('Jag skickar ett formulär.');
    await errand.getByRole('button', { name: 'Skicka', exact: true }).click();
    const greeting = 'Hej Tolvan! Jag heter Anna Sjöberg och har läst det du skrivit. Jag skickar ett formulär.';
    await chat.getByRole('log').getByText(greeting).waitFor();
    await errand.locator('#form-id').selectOption('phq-9');
    await errand.getByRole('button', { name: 'Skicka formulär' }).click();

    // The patient answers PHQ-9 in the chat: "Flera dagar" (1) to all nine questions.
    const form = chat.locator('nara-questionnaire');
    await form.getByText('Under de senaste två veckorna', { exact: false }).first().waitFor();
    const severalDays = form.getByLabel('Flera dagar');
    await severalDays.nth(8).waitFor();
    for (let i = 0; i < 9; i++) await severalDays.nth(i).check();
    await chat.getByRole('button', { name: 'Skicka svaren' }).click();
    await chat.getByText('Du har besvarat formuläret.', { exact: true }).waitFor();

    // The nurse sees the score, the band and the alert on question 9.
    await errand.getByText('9 av 27 poäng – Lindrig depression').waitFor();
    await errand.getByText(/Bedöm suicidrisk i dag/).waitFor();
    assert.deepEqual(await axeViolations(staff), [], 'the score shown');

    const log = await site.store.accessLog.list({ actor: 'staff-anna', limit: 500 });
    assert.ok(log.some((e) => e.resource.startsWith('report:') && e.subject === '191212121212'), 'the report read is logged');
    assert.ok(log.some((e) => e.resource.startsWith('attachment:') && e.subject === '191212121212'), 'the picture read is logged');
    assert.deepEqual(errors, []);
  });

  it('the nurse consults the doctor, who answers on a page of his own; the errand stays with the nurse; the patient sees nothing of it', async () => {
    const errand = staff.locator('nara-errand');
    await errand.locator('#consult-to').selectOption('doctor');
    await errand.locator('#consult-text').fill('Behöver utslaget ses av läkare i dag?');
    await errand.getByRole('button', { name: 'Skicka frågan' }).click();
    await errand.getByText('Frågan är skickad till läkare.').waitFor();
    await errand.getByText('Väntar på svar.').waitFor();
    assert.deepEqual(await axeViolations(staff), [], 'a question asked');

    const doctor = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    doctor.on('pageerror', (e) => errors.push(String(e)));
    try {
      await doctor.goto(`${server.origin}/examples/staff-console.html`);
      await doctor.locator('#staff-id option[value="staff-erik"]').waitFor({ state: 'attached' });
      await doctor.locator('#staff-id').selectOption('staff-erik');
      await doctor.getByRole('button', { name: 'Logga in' }).click();
      await doctor.locator('nara-staff-queue').getByRole('button', { name: /Anna Sjöberg frågar om Tolvan Tolvansson/ }).click();
      const answer = doctor.locator('nara-errand').locator('textarea[id^="answer-"]');
      await answer.fill('Nej, egenvård räcker. Boka läkartid om det sprider sig.');
      await doctor.locator('nara-errand').getByRole('button', { name: 'Svara kollegan' }).click();
      await doctor.locator('nara-errand').getByText('Svaret är skickat till kollegan.').waitFor();
    } finally {
      await doctor.close();
    }
    await errand.getByText(/Erik Lind svarade/).waitFor();
    await errand.getByText('Nej, egenvård räcker. Boka läkartid om det sprider sig.').waitFor();
    assert.deepEqual(await axeViolations(staff), [], 'the answer shown');
    const held = (await site.store.conversations.listByOwners(['191212121212'])).find((r) => r.status === 'open')!;
    assert.deepEqual([held.profession], ['nurse'], 'the errand stays with the nurse');
    const chat = patient.locator('nara-care-journey').locator('nara-chat-panel');
    assert.equal(await chat.getByText(/utslaget ses av läkare|egenvård räcker/).count(), 0, 'the patient sees nothing of it');
    assert.deepEqual(errors, []);
  });

  it('the nurse offers two times; the patient books one with one press; both see the booking; a reload returns to the chat', async () => {
    const errand = staff.locator('nara-errand');
    await errand.getByRole('button', { name: 'Visa lediga tider' }).click();
    const boxes = errand.locator('#visit-slots input[type="checkbox"]');
    await boxes.nth(1).waitFor();
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    assert.deepEqual(await axeViolations(staff), [], 'free times to offer');
    await errand.getByRole('button', { name: 'Erbjud 2 tider i chatten' }).click();
    await errand.getByText('2 tider är erbjudna i chatten.').waitFor();

    const chat = patient.locator('nara-care-journey').locator('nara-chat-panel');
    const times = chat.locator('.offer-slots button');
    await times.nth(1).waitFor();
    assert.match((await times.first().textContent()) ?? '', /^Boka .+ med läkare$/);
    await times.first().click();
    await chat.getByText(/^Bokad:/).waitFor();
    await errand.getByText(/Patienten bokade/).waitFor();
    const bookings = await site.store.bookings.listByPerson('191212121212');
    assert.equal(bookings.filter((b) => b.status === 'booked').length, 1, 'one booking, made by the one press');
    assert.deepEqual(await axeViolations(staff), [], 'the booking shown to the nurse');

    await patient.reload();
    await patient.locator('nara-care-journey').locator('nara-chat-panel').getByText('Se bilden på utslaget, tack!').first().waitFor();
    assert.equal((await site.store.conversations.listByOwners(['191212121212'])).length, 1, 'the same chat, not a new one');
    assert.deepEqual(errors, []);
  });

  it('a contact the nurse starts with a test result is in "Mina ärenden" after a reload; its unread count clears once opened', async () => {
    const start = staff.locator('#start-contact');
    await start.locator('summary').click();
    assert.deepEqual(await axeViolations(staff), [], 'starting a contact');
    await staff.locator('#start-patient').fill('191212121212');
    await staff.locator('#start-message').fill('Hej Tolvan! Ditt blodprov är klart och ser bra ut.');
    await staff.getByRole('button', { name: 'Skicka till patienten' }).click();
    await staff.getByText('Skickat. Patienten ser det under Mina ärenden.').waitFor();

    await patient.reload();
    const list = patient.locator('nara-errand-list');
    const fromClinic = list.getByRole('button', { name: /Från vårdcentralen/ });
    await fromClinic.getByText('1 oläst').waitFor();
    await fromClinic.click();
    await list.locator('nara-chat-panel').getByText('Hej Tolvan! Ditt blodprov är klart och ser bra ut.').waitFor();
    await list.getByRole('button', { name: 'Tillbaka till mina ärenden' }).click();
    await list.getByRole('button', { name: /Från vårdcentralen/ }).waitFor();
    await patient.waitForFunction(() => !document.querySelector('nara-errand-list')!.shadowRoot!.textContent!.includes('oläst'));
    assert.deepEqual(errors, []);
  });

  it('the staff console in English: its own words, the elements’ and lang="en", axe clean', async () => {
    await staff.locator('#language').selectOption('en');
    await staff.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await staff.getByText('Start a contact with a patient').waitFor();
    const errand = staff.locator('nara-errand');
    await errand.getByText('Consult a colleague').waitFor();
    await errand.getByText('Book a visit for the patient').waitFor();
    await staff.locator('nara-staff-queue').getByText('Updates live').waitFor();
    assert.match((await staff.locator('#who').textContent()) ?? '', /Anna Sjöberg · Nurse/);
    assert.deepEqual(await axeViolations(staff), [], 'in English');
    await staff.reload();
    await staff.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await staff.getByRole('heading', { name: 'Sign in as staff' }).waitFor();
    assert.deepEqual(await axeViolations(staff), [], 'the sign-in in English');
    assert.deepEqual(errors, []);
  });
});
