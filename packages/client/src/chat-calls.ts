// The chat part of HttpBackend, loaded on first use (see HttpBackend.chatCalls).
import { ChatEvent, Conversation } from '@nara/contract/chat';
import { Booking } from '@nara/contract';
import {
  NaraError,
  type CallOptions,
  type ConversationEventsOptions,
  type FormAnswer,
  type IdempotentCallOptions,
  type NewConversation,
  type SendMessageOptions,
  type VisitOfferAnswer,
} from '@nara/contract';
import { toNaraError, type HttpBackend } from './http-backend.js';
import { ServerSentEventParser } from './sse-parser.js';

const conversationPath = (id: string) => `v1/conversations/${encodeURIComponent(id)}`;

export function createConversation(backend: HttpBackend, request: NewConversation, options?: CallOptions) {
  return backend.request(Conversation, 'v1/conversations', { ...options, method: 'post', json: request });
}

export function getConversation(backend: HttpBackend, conversationId: string, options?: CallOptions) {
  return backend.request(Conversation, conversationPath(conversationId), options);
}

export function sendMessage(backend: HttpBackend, conversationId: string, text: string, options: SendMessageOptions = {}) {
  const { idempotencyKey, attachments, ...call } = options;
  return backend.request(
    ChatEvent,
    `${conversationPath(conversationId)}/messages`,
    backend.idempotent({ ...call, method: 'post', json: { text, ...(attachments?.length ? { attachments } : {}) } }, idempotencyKey),
  );
}

export function answerForm(backend: HttpBackend, conversationId: string, answer: FormAnswer, options: IdempotentCallOptions = {}) {
  const { idempotencyKey, ...call } = options;
  return backend.request(ChatEvent, `${conversationPath(conversationId)}/form-answers`, backend.idempotent({ ...call, method: 'post', json: answer }, idempotencyKey));
}

export function acceptVisitOffer(backend: HttpBackend, conversationId: string, answer: VisitOfferAnswer, options: IdempotentCallOptions = {}) {
  const { idempotencyKey, ...call } = options;
  return backend.request(Booking, `${conversationPath(conversationId)}/visit-offers`, backend.idempotent({ ...call, method: 'post', json: answer }, idempotencyKey));
}

/** One SSE connection: yields each event validated by the contract; ends when the server ends the stream. */
export async function* conversationEvents(backend: HttpBackend, conversationId: string, options: ConversationEventsOptions = {}): AsyncGenerator<ChatEvent> {
  let response: Response;
  try {
    response = await backend.http(`${conversationPath(conversationId)}/events`, {
      signal: options.signal,
      retry: 0,
      headers: {
        Accept: 'text/event-stream',
        ...(options.after ? { 'Last-Event-ID': String(options.after) } : {}),
        ...(options.locale ? { 'Accept-Language': options.locale } : {}),
      },
    });
  } catch (error) {
    throw await toNaraError(error);
  }
  if (!response.body || !(response.headers.get('Content-Type') ?? '').includes('text/event-stream')) {
    throw new NaraError('contract', 'The backend did not answer with an event stream');
  }
  options.onOpen?.();
  const reader = response.body.getReader();
  const parser = new ServerSentEventParser();
  try {
    while (true) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw options.signal?.aborted ? new NaraError('aborted', 'Cancelled', { cause: error }) : await toNaraError(error);
      }
      if (chunk.done) {
        if (options.signal?.aborted) throw new NaraError('aborted', 'Cancelled');
        return;
      }
      for (const sse of parser.push(chunk.value)) {
        if (sse.event !== 'message' || !sse.data) continue;
        let data: unknown;
        try {
          data = JSON.parse(sse.data);
        } catch (error) {
          throw new NaraError('contract', 'An event in the stream is not JSON', { cause: error });
        }
        const parsed = ChatEvent.safeParse(data);
        if (!parsed.success) throw new NaraError('contract', `Event ${sse.id ?? '?'} does not match the contract`, { cause: parsed.error });
        yield parsed.data;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
