import { expect } from '@open-wc/testing';
import type { ChatEvent } from '@nara/contract';
import { breakingStreams, chatKit, PATIENT, until } from '../../server/src/testing/chat-kit.js';
import { ConversationStream, type ConversationStreamStatus } from './conversation-stream.js';
import { ServerSentEventParser } from './sse-parser.js';

const staff = { name: 'Anna Lindqvist', profession: 'nurse' as const };

describe('ServerSentEventParser', () => {
  it('reads events split anywhere across chunks, with CRLF, comments and multi-line data', () => {
    const parser = new ServerSentEventParser();
    const text = ': heartbeat\r\n\r\nid: 1\r\ndata: {"a":\r\ndata: 1}\r\n\r\nevent: ready\ndata\n\nid: 2\rdata: två\r\r\n';
    const events = [];
    for (let i = 0; i < text.length; i += 3) events.push(...parser.push(new TextEncoder().encode(text.slice(i, i + 3))));
    expect(events).to.deep.equal([
      { event: 'message', data: '{"a":\n1}', id: '1' },
      { event: 'ready', data: '' },
      { event: 'message', data: 'två', id: '2' },
    ]);
  });

  it('keeps multi-byte characters split between chunks whole', () => {
    const parser = new ServerSentEventParser();
    const bytes = new TextEncoder().encode('data: åäö\n\n');
    expect([...parser.push(bytes.slice(0, 7)), ...parser.push(bytes.slice(7))]).to.deep.equal([{ event: 'message', data: 'åäö' }]);
  });
});

describe('ConversationStream', () => {
  it('delivers a burst of 300 staff messages in order, once each, although the connection breaks again and again mid-burst', async () => {
    // Every connection is cut after 7 chunks (the last torn in half) until the 40th; then it holds.
    const kit = chatKit({ simulateCareTeam: false, wire: breakingStreams((n) => (n < 40 ? 7 : Infinity)) });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    const seen: ChatEvent[] = [];
    const stream = new ConversationStream(kit.backend, id, { minDelay: 1, maxDelay: 5, onEvent: (e) => seen.push(e) }).start();
    await until(() => stream.status === 'live' || seen.length > 0);
    const burst = Array.from({ length: 300 }, (_, i) => kit.ctx.chat.staffMessage(id, staff, `meddelande ${i + 1}`));
    await Promise.all(burst);
    await until(() => seen.length === 301, 8000, 'all 301 events');
    stream.stop();
    expect(seen.map((e) => e.seq)).to.deep.equal(Array.from({ length: 301 }, (_, i) => i + 1));
    expect(seen.slice(1).map((e) => e.type === 'message' && e.text)).to.deep.equal(Array.from({ length: 300 }, (_, i) => `meddelande ${i + 1}`));
    expect(stream.connections).to.be.greaterThan(10);
    const resumes = kit.requests.filter((r) => r.url.includes('/events')).map((r) => Number(r.headers.get('Last-Event-ID') ?? 0));
    expect(resumes[0]).to.equal(0);
    expect(resumes.slice(1).every((seq, i) => seq >= resumes[i]), 'resumes never go back').to.equal(true);
  });

  it('drops events it already has when a server (or proxy) sends them again', async () => {
    // This wire strips Last-Event-ID, so every reconnect replays the conversation from seq 1.
    const strip = breakingStreams((n) => (n < 4 ? 5 : Infinity));
    const kit = chatKit({
      simulateCareTeam: false,
      wire: (request, app) => {
        const headers = new Headers(request.headers);
        headers.delete('Last-Event-ID');
        return strip(new Request(request, { headers }), app);
      },
    });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    for (let i = 0; i < 20; i++) await kit.ctx.chat.staffMessage(id, staff, `m${i}`);
    const seen: number[] = [];
    const stream = new ConversationStream(kit.backend, id, { minDelay: 1, maxDelay: 2, onEvent: (e) => seen.push(e.seq) }).start();
    await until(() => seen.length >= 21 && stream.connections >= 4, 5000);
    stream.stop();
    expect(seen).to.deep.equal(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('a 401 mid-chat pauses the stream as auth-required; with a new token it resumes where it was', async () => {
    const kit = chatKit({ simulateCareTeam: false, wire: breakingStreams((n) => (n === 1 ? 3 : Infinity)) });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    const statuses: ConversationStreamStatus[] = [];
    const seen: number[] = [];
    const stream = new ConversationStream(kit.backend, id, {
      minDelay: 1,
      onEvent: (e) => seen.push(e.seq),
      onStatus: (s, error) => {
        statuses.push(s);
        if (s === 'reconnecting' && error) kit.auth.token = 'expired-token';
      },
    }).start();
    await until(() => stream.status === 'live');
    await kit.ctx.chat.staffMessage(id, staff, 'ett');
    await kit.ctx.chat.staffMessage(id, staff, 'två');
    await until(() => stream.status === 'auth-required', 3000, 'auth-required');
    await kit.ctx.chat.staffMessage(id, staff, 'tre (medan utloggad)');
    kit.auth.token = PATIENT;
    stream.resume();
    await until(() => seen.length === 4, 3000, 'all four');
    stream.stop();
    expect(seen).to.deep.equal([1, 2, 3, 4]);
    expect(statuses).to.include('auth-required');
    expect(statuses.at(-2)).to.equal('live');
  });

  it('ends with "closed" after the closed event, and works as an async iterator', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const { id } = await kit.backend.createConversation({ clinic: 'vc-linden', profession: 'nurse' });
    await kit.ctx.chat.staffJoined(id, staff);
    await kit.ctx.chat.close(id, 'staff');
    const stream = new ConversationStream(kit.backend, id);
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types).to.deep.equal(['queue', 'staff-joined', 'closed']);
    expect(stream.status).to.equal('closed');
  });

  it('a conversation that does not exist fails instead of retrying forever', async () => {
    const kit = chatKit({ simulateCareTeam: false });
    const stream = new ConversationStream(kit.backend, 'no-such-conversation', { minDelay: 1 });
    const errors: string[] = [];
    stream['options'].onStatus = (s, error) => error && errors.push(`${s}:${error.code}`);
    stream.start();
    await until(() => stream.status === 'failed');
    expect(errors).to.deep.equal(['failed:not-found']);
    expect(stream.connections).to.equal(1);
  });
});
