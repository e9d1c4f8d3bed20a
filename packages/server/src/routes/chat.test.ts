import { expect } from '@open-wc/testing';
import { NaraError, type ChatEvent } from '@nara/contract';
import { chatKit, OTHER_PATIENT } from '../testing/chat-kit.js';
import { chatAvailability } from '../services/chat-availability.js';
import { clinicSeeds } from '../seed/clinics.js';

const linden = clinicSeeds.find((c) => c.id === 'vc-linden')!;
const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as NaraError;
  }
  throw new Error('expected a rejection');
};
const list = async (kit: ReturnType<typeof chatKit>, id: string, after = 0) =>
  (await (await kit.app.fetch(new Request(`https://x/v1/conversations/${id}/events?after=${after}`, { headers: { Authorization: `Bearer ${kit.auth.token}` } }))).json()) as { events: ChatEvent[] };

describe('chat over HTTP (server app + HttpBackend)', () => {
  it('a patient opens a chat with the nurse and is told where they are in the queue', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const assessment = await kit.backend.assess({ reasonId: 'annat-medicinskt', subject: { kind: 'self' }, redFlags: { breathing: true }, response: { resourceType: 'QuestionnaireResponse', status: 'completed' } });
    const conversation = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse', assessmentId: assessment.id });
    expect(conversation.status).to.equal('queued');
    expect(conversation.profession).to.equal('nurse');
    expect(conversation.assessmentId).to.equal(assessment.id);
    expect(conversation.lastSeq).to.equal(1);
    expect(conversation.availability.hours.map((h) => h.profession)).to.deep.equal(['nurse']);
    const second = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    const { events } = await list(kit, second.id);
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ type: 'queue', seq: 1, position: 2 });
  });

  it('without a token the chat answers 401 (auth), and a clinic without that chat is refused', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    kit.auth.token = null;
    expect((await rejection(kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' }))).code).to.equal('auth');
    kit.auth.token = 'test:191212121212';
    const refused = await rejection(kit.backend.createConversation({ clinic: 'vc-kvarnen', profession: 'child-health-nurse' }));
    expect(refused.code).to.equal('invalid');
  });

  it("someone else's conversation is not found", async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const conversation = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'secretary' });
    kit.auth.token = OTHER_PATIENT;
    expect((await rejection(kit.backend.getConversation(conversation.id))).code).to.equal('not-found');
    expect((await rejection(kit.backend.sendMessage(conversation.id, 'hej'))).code).to.equal('not-found');
  });

  it('a resend with the same Idempotency-Key gives the first copy back, never a second one', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    const first = await kit.backend.sendMessage(id, 'Jag har ont i halsen', { idempotencyKey: 'k-1' });
    const again = await kit.backend.sendMessage(id, 'Jag har ont i halsen', { idempotencyKey: 'k-1' });
    expect(again).to.deep.equal(first);
    const other = await rejection(kit.backend.sendMessage(id, 'Något annat', { idempotencyKey: 'k-1' }));
    expect(other.code).to.equal('invalid');
    const messages = (await list(kit, id)).events.filter((e) => e.type === 'message');
    expect(messages).to.have.length(1);
  });

  it('when the answer to a send is lost (500 after the server kept it), the retry makes no second copy', async () => {
    let broken = 1;
    const kit = chatKit({
      simulateCareTeam: false,
      wire: async (request, app) => {
        const response = await app(request);
        if (request.method === 'POST' && request.url.endsWith('/messages') && broken-- > 0) {
          return new Response(JSON.stringify({ title: 'Server error', status: 500, code: 'server' }), { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
        }
        return response;
      },
    });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    const sent = await kit.backend.sendMessage(id, 'Hej');
    expect(sent).to.include({ type: 'message', text: 'Hej' });
    const posts = kit.requests.filter((r) => r.url.endsWith('/messages'));
    expect(posts).to.have.length(2);
    expect(posts[0].headers.get('Idempotency-Key')).to.equal(posts[1].headers.get('Idempotency-Key'));
    expect((await list(kit, id)).events.filter((e) => e.type === 'message')).to.have.length(1);
  });

  it('an empty message and one with too many or wrong files are refused with the field named', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    expect((await rejection(kit.backend.sendMessage(id, '   '))).problem?.errors?.[0].path).to.equal('text');
    const file = { id: 'f', name: 'a.pdf', contentType: 'application/pdf' as const, size: 10 };
    expect((await rejection(kit.backend.sendMessage(id, 'x', { attachments: Array(6).fill(file) }))).code).to.equal('invalid');
    const exe = { ...file, contentType: 'application/x-msdownload' } as never;
    expect((await rejection(kit.backend.sendMessage(id, 'x', { attachments: [exe] }))).code).to.equal('invalid');
  });

  it('message text and file names come back exactly as written (text, not markup)', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    const text = '<img src=x onerror=alert(1)> "quoted" & </script>';
    const name = '"><svg onload=alert(1)>.png';
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])], name, { type: 'image/png' });
    const file = await kit.backend.uploadAttachment(png);
    const sent = await kit.backend.sendMessage(id, text, { attachments: [{ id: file.id, name: 'whatever the client says', contentType: 'image/png', size: 1 }] });
    expect(sent.type === 'message' && sent.text).to.equal(text);
    // Name, type and size are the server's record of the upload, not what the client claimed.
    expect(sent.type === 'message' && sent.attachments[0]).to.deep.equal({ id: file.id, name: file.title, contentType: 'image/png', size: 10 });
    expect(file.title).to.include('<svg onload=alert(1)>.png');
    // Someone else's (or a made-up) file id is refused.
    expect((await rejection(kit.backend.sendMessage(id, 'x', { attachments: [{ id: 'made-up', name: 'a.png', contentType: 'image/png', size: 1 }] }))).code).to.equal('invalid');
  });

  it('the JSON event list resumes after a seq, from ?after= or Last-Event-ID', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    for (const t of ['ett', 'två', 'tre']) await kit.backend.sendMessage(id, t);
    expect((await list(kit, id, 2)).events.map((e) => e.seq)).to.deep.equal([3, 4]);
    const response = await kit.app.fetch(
      new Request(`https://x/v1/conversations/${id}/events`, { headers: { Authorization: `Bearer ${kit.auth.token}`, 'Last-Event-ID': '3' } }),
    );
    expect(((await response.json()) as { events: ChatEvent[] }).events.map((e) => e.seq)).to.deep.equal([4]);
  });

  it('the SSE stream sends what exists, then new events live, with event id = seq, and lets go of the bus when cancelled', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    await kit.backend.sendMessage(id, 'före');
    const abort = new AbortController();
    const seen: ChatEvent[] = [];
    const done = (async () => {
      for await (const event of kit.backend.conversationEvents(id, { after: 1, signal: abort.signal })) {
        seen.push(event);
        if (seen.length === 1) await kit.backend.sendMessage(id, 'under');
        if (seen.length === 2) abort.abort();
      }
    })().catch((error) => error);
    const ended = await done;
    expect(seen.map((e) => e.seq)).to.deep.equal([2, 3]);
    expect(seen.map((e) => e.type === 'message' && e.text)).to.deep.equal(['före', 'under']);
    expect(NaraError.is(ended) && ended.code).to.equal('aborted');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((kit.ctx.conversationBus as unknown as { listenerCount(id: string): number }).listenerCount(id)).to.equal(0);
  });

  it('the SSE stream sends heartbeat comments while nothing happens, and a retry hint', async () => {
    const kit = chatKit({ simulateCareTeam: false, heartbeatMs: 20 });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    const abort = new AbortController();
    const response = await kit.app.fetch(
      new Request(`https://x/v1/conversations/${id}/events`, { headers: { Authorization: `Bearer ${kit.auth.token}`, Accept: 'text/event-stream' }, signal: abort.signal }),
    );
    expect(response.headers.get('Content-Type')).to.include('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes(': heartbeat')) text += new TextDecoder().decode((await reader.read()).value);
    abort.abort();
    await reader.cancel();
    expect(text).to.include('retry: 2000');
    expect(text).to.match(/id: 1\ndata: \{"type":"queue"|data: \{.*"type":"queue".*\}\nid: 1/);
  });

  it('the simulated care team (English) joins, sends a form, hands over nurse → doctor, invites to video and closes', async () => {
    const kit = chatKit({ locale: 'en' });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    await kit.ctx.careTeam!.idle();
    await kit.backend.sendMessage(id, 'I have had a cough for two weeks');
    await kit.ctx.careTeam!.idle();
    let events = (await list(kit, id)).events;
    const form = events.find((e) => e.type === 'form-sent');
    expect(form, 'form sent').to.exist;
    if (form?.type !== 'form-sent') throw new Error('no form');
    expect(form.questionnaire.item?.length).to.be.greaterThan(0);
    const greeting = events.find((e) => e.type === 'message' && e.sender.kind === 'staff');
    expect(greeting?.type === 'message' && greeting.text).to.match(/^Hello! My name is Anna/);

    await kit.backend.answerForm(id, {
      requestId: form.requestId,
      response: {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: [
          { linkId: 'severity', answer: [{ valueCoding: { code: '2' } }] },
          { linkId: 'duration', answer: [{ valueCoding: { code: 'weeks' } }] },
        ],
      },
    });
    await kit.ctx.careTeam!.idle();
    events = (await list(kit, id)).events;
    expect(events.find((e) => e.type === 'handed-over')).to.include({ from: 'nurse', to: 'doctor' });
    const joined = events.filter((e) => e.type === 'staff-joined').map((e) => e.type === 'staff-joined' && e.staff.profession);
    expect(joined).to.deep.equal(['nurse', 'doctor']);
    expect(events.find((e) => e.type === 'video-invitation')).to.have.property('url').that.matches(/^https:\/\//);
    expect((await kit.backend.getConversation(id)).profession).to.equal('doctor');

    await kit.backend.sendMessage(id, 'Thank you, see you then');
    await kit.ctx.careTeam!.idle();
    events = (await list(kit, id)).events;
    expect(events.at(-1)).to.include({ type: 'closed', by: 'staff' });
    expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1));
    expect((await kit.backend.getConversation(id)).status).to.equal('closed');
    expect((await rejection(kit.backend.sendMessage(id, 'one more thing'))).code).to.equal('conflict');
  });

  it('a form is answered once; an unknown form is refused', async () => {
    const kit = chatKit();
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'secretary' });
    await kit.ctx.careTeam!.idle();
    await kit.backend.sendMessage(id, 'Jag behöver förnya ett recept');
    await kit.ctx.careTeam!.idle();
    const form = (await list(kit, id)).events.find((e) => e.type === 'form-sent');
    if (form?.type !== 'form-sent') throw new Error('no form');
    const item = [
      { linkId: 'severity', answer: [{ valueCoding: { code: '1' } }] },
      { linkId: 'duration', answer: [{ valueCoding: { code: 'days' } }] },
    ];
    const response = { resourceType: 'QuestionnaireResponse' as const, status: 'completed' as const, item };
    expect((await rejection(kit.backend.answerForm(id, { requestId: 'nope', response }))).code).to.equal('invalid');
    // Answers that do not fit the form sent (a required question left out) are refused, naming it.
    const partial = await rejection(kit.backend.answerForm(id, { requestId: form.requestId, response: { ...response, item: item.slice(0, 1) } }));
    expect(partial.problem?.errors?.[0].path).to.equal('response.duration');
    const first = await kit.backend.answerForm(id, { requestId: form.requestId, response }, { idempotencyKey: 'f-1' });
    expect(await kit.backend.answerForm(id, { requestId: form.requestId, response }, { idempotencyKey: 'f-1' })).to.deep.equal(first);
    expect((await rejection(kit.backend.answerForm(id, { requestId: form.requestId, response }, { idempotencyKey: 'f-2' }))).code).to.equal('conflict');
    await kit.ctx.careTeam!.idle();
    expect((await list(kit, id)).events.find((e) => e.type === 'handed-over')).to.include({ from: 'secretary', to: 'nurse' });
  });
});

describe('chat opening hours (Europe/Stockholm)', () => {
  it('the secretary chat is open on a Wednesday at 10:00 and closed at 16:00', () => {
    expect(chatAvailability(linden.openingHours, 'secretary', new Date('2026-11-25T09:00:00Z')).open).to.equal(true);
    const closed = chatAvailability(linden.openingHours, 'secretary', new Date('2026-11-25T15:00:00Z'));
    expect(closed.open).to.equal(false);
    expect(closed.nextOpensAt).to.equal('2026-11-26T07:00:00.000Z');
  });

  it('on a Saturday it opens again on Monday 08:00, summer time included', () => {
    const closed = chatAvailability(linden.openingHours, 'secretary', new Date('2026-03-28T12:00:00Z'));
    expect(closed.open).to.equal(false);
    expect(closed.nextOpensAt).to.equal('2026-03-30T06:00:00.000Z');
  });

  it('the 1177 nurse chat is staffed 8–18 every day', () => {
    expect(chatAvailability(linden.openingHours, '1177-nurse', new Date('2026-11-28T16:59:00Z')).open).to.equal(true);
    expect(chatAvailability(linden.openingHours, '1177-nurse', new Date('2026-11-28T17:00:00Z')).open).to.equal(false);
  });
});
