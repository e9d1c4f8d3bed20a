import type * as z from 'zod/mini';
import { NaraError, type CallOptions } from '@nara/contract';
import { toNaraError, type HttpBackend } from './http-backend.js';
import { ServerSentEventParser } from './sse-parser.js';

export interface JsonEventStreamOptions extends CallOptions {
  /** Sent as `Last-Event-ID` (resume after). */
  after?: number;
  onOpen?: () => void;
  /** The SSE event name to read (default `message`). */
  event?: string;
}

/**
 * One SSE connection over the backend's fetch (so the bearer token goes along): yields each event's
 * JSON data validated by `schema`; ends when the server ends the stream.
 */
export async function* jsonEventStream<S extends z.ZodMiniType>(backend: HttpBackend, path: string, schema: S, options: JsonEventStreamOptions = {}): AsyncGenerator<z.infer<S>> {
  let response: Response;
  try {
    response = await backend.http(path, {
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
  const wanted = options.event ?? 'message';
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
        if (sse.event !== wanted || !sse.data) continue;
        let data: unknown;
        try {
          data = JSON.parse(sse.data);
        } catch (error) {
          throw new NaraError('contract', 'An event in the stream is not JSON', { cause: error });
        }
        const parsed = schema.safeParse(data);
        if (!parsed.success) throw new NaraError('contract', `Event ${sse.id ?? '?'} does not match the contract`, { cause: parsed.error });
        yield parsed.data;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
